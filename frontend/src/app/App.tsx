import { createTheme, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/api/query-client';
import { styleNonce } from '@/lib/csp';
import { router } from './routes';
import { theme } from './theme';

const nonce = styleNonce();

export function App() {
  const [queryClient] = useState(createQueryClient);
  const { t } = useTranslation();
  // Labels Mantine renders by itself, in the user's language.
  const localized = useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({
          components: {
            Notification: {
              defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } },
            },
            Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } },
          },
        }),
      ),
    [t],
  );
  return (
    <MantineProvider
      theme={localized}
      defaultColorScheme="auto"
      getStyleNonce={nonce ? () => nonce : undefined}
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
