import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/** The last line of defence: a friendly page instead of a stack trace or a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // A new deployment replaces the lazily loaded chunks; a reload fetches the current ones.
  const staleChunk =
    error instanceof TypeError &&
    /dynamically imported module|Importing a module/.test(error.message);
  return (
    <Container size="sm" py="xl">
      <Stack align="center" gap="sm">
        <Title order={2}>{t(staleChunk ? 'crash.updatedTitle' : 'crash.title')}</Title>
        <Text c="dimmed" ta="center">
          {t(staleChunk ? 'crash.updatedText' : 'crash.text')}
        </Text>
        <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
      </Stack>
    </Container>
  );
}
