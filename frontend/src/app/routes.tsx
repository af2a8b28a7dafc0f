import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths, patterns } from '@/lib/paths';
import { RequireCustomer, RequireRole, RequireStaff } from './guards';
import { AgentLayout } from './layouts/AgentLayout';
import { PortalLayout } from './layouts/PortalLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** Every screen is its own chunk, so the first load carries only the shell. */
const page = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

/** Paths of child routes are relative to their layout's path. */
const under = (parent: string, pattern: string) => pattern.slice(parent.length).replace(/^\//, '');

/** A customer's page with their ticket history: two features, composed here. */
const customerPage = (): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => {
    const [{ default: CustomerPage }, { CustomerTicketHistory }] = await Promise.all([
      import('@/features/customers/CustomerPage'),
      import('@/features/tickets/CustomerTicketHistory'),
    ]);
    return {
      Component: () => (
        <CustomerPage
          ticketHistory={(customerId) => <CustomerTicketHistory customerId={customerId} />}
        />
      ),
    };
  },
});

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: patterns.signIn, ...page(() => import('@/features/identity/AgentSignInPage')) },
      {
        path: patterns.portalSignIn,
        ...page(() => import('@/features/identity/PortalSignInPage')),
      },
      {
        path: patterns.home,
        element: (
          <RequireStaff>
            <AgentLayout />
          </RequireStaff>
        ),
        children: [
          { index: true, element: <Navigate to={paths.inbox()} replace /> },
          {
            path: under('/', patterns.inbox),
            ...page(() => import('@/features/tickets/InboxPage')),
          },
          {
            path: under('/', patterns.newTicket),
            ...page(() => import('@/features/tickets/NewTicketPage')),
          },
          {
            path: under('/', patterns.ticket),
            ...page(() => import('@/features/tickets/TicketPage')),
          },
          {
            path: under('/', patterns.customers),
            ...page(() => import('@/features/customers/CustomersPage')),
          },
          { path: under('/', patterns.customer), ...customerPage() },
          {
            path: under('/', patterns.workload),
            ...page(() => import('@/features/workload/WorkloadPage')),
          },
          {
            path: under('/', patterns.apiTokens),
            ...page(() => import('@/features/identity/ApiTokensPage')),
          },
          {
            element: <RequireRole role="admin" />,
            children: [
              {
                path: under('/', patterns.adminQueues),
                ...page(() => import('@/features/queues/QueuesPage')),
              },
              {
                path: under('/', patterns.adminUsers),
                ...page(() => import('@/features/identity/UsersPage')),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: patterns.portal,
        element: (
          <RequireCustomer>
            <PortalLayout />
          </RequireCustomer>
        ),
        children: [
          { index: true, ...page(() => import('@/features/portal/PortalRequestsPage')) },
          {
            path: under(patterns.portal, patterns.portalNewRequest),
            ...page(() => import('@/features/portal/PortalNewRequestPage')),
          },
          {
            path: under(patterns.portal, patterns.portalRequest),
            ...page(() => import('@/features/portal/PortalRequestPage')),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
