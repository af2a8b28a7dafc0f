import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { theme } from '@/app/theme';
import { createQueryClient } from '@/lib/api/query-client';
import { sessionStore } from '@/lib/auth/session';
import type { UserView } from '@/lib/api/types';

export const agent: UserView = {
  id: 2,
  name: 'Aino Agent',
  email: 'aino@example.com',
  role: 'agent',
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  version: 0,
};

export function signInAs(user: UserView) {
  sessionStore.set({
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user,
  });
}

/** Renders a screen inside the providers and a router at `path`, as the app does. */
export function renderRoute(
  element: ReactElement,
  { path = '/', url, routes = [] }: { path?: string; url?: string; routes?: RouteObject[] } = {},
) {
  const router = createMemoryRouter([{ path, element }, ...routes], {
    initialEntries: [url ?? path],
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: Infinity, refetchInterval: false },
  });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, router, queryClient };
}
