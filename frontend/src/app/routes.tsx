import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths, patterns } from '@/lib/paths';
import { HelpCenterLayout } from '@/features/knowledge-base/help-center/help-center-layout';
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
      // The help center: public, no sign-in; the language is part of every shareable URL.
      { path: patterns.help, element: <Navigate to="/help/en" replace /> },
      {
        path: patterns.helpCenter,
        element: <HelpCenterLayout />,
        children: [
          {
            index: true,
            ...page(() => import('@/features/knowledge-base/help-center/help-center-home-page')),
          },
          {
            path: under(patterns.helpCenter, patterns.helpSearch),
            ...page(() => import('@/features/knowledge-base/help-center/help-center-search-page')),
          },
          {
            path: under(patterns.helpCenter, patterns.helpSection),
            ...page(() => import('@/features/knowledge-base/help-center/help-center-section-page')),
          },
          {
            path: under(patterns.helpCenter, patterns.helpArticle),
            ...page(() => import('@/features/knowledge-base/help-center/help-article-page')),
          },
        ],
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
            ...page(() => import('./composed/ticket-with-knowledge')),
          },
          {
            path: under('/', patterns.knowledgeBase),
            ...page(() => import('@/features/knowledge-base/authoring/articles-page')),
          },
          {
            path: under('/', patterns.newArticle),
            ...page(() => import('@/features/knowledge-base/authoring/article-editor-page')),
          },
          {
            path: under('/', patterns.article),
            ...page(() => import('@/features/knowledge-base/authoring/article-editor-page')),
          },
          {
            path: under('/', patterns.knowledgeBaseReports),
            ...page(() => import('@/features/knowledge-base/authoring/reports-page')),
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
            path: under('/', patterns.sessions),
            ...page(() => import('@/features/identity/SessionsPage')),
          },
          {
            element: <RequireRole role="manager" />,
            children: [
              {
                path: under('/', patterns.compensationApprovals),
                ...page(() => import('@/features/compensations/pending-compensations-page')),
              },
            ],
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
              {
                path: under('/', patterns.adminOutbox),
                ...page(() => import('@/features/outbox/outbox-page')),
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
            ...page(() => import('./composed/new-request-with-suggestions')),
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
