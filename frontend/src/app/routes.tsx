import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireCustomer, RequireRole, RequireStaff } from './guards';
import { HelpCenterLayout } from '@/features/knowledge-base/help-center/help-center-layout';
import { AgentLayout } from './layouts/AgentLayout';
import { PortalLayout } from './layouts/PortalLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** Every screen is its own chunk, so the first load carries only the shell. */
const page = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', ...page(() => import('@/features/identity/AgentSignInPage')) },
      { path: '/portal/sign-in', ...page(() => import('@/features/identity/PortalSignInPage')) },
      // The help center: public, no sign-in; the language is part of every shareable URL.
      { path: '/help', element: <Navigate to="/help/en" replace /> },
      {
        path: '/help/:lang',
        element: <HelpCenterLayout />,
        children: [
          {
            index: true,
            ...page(() => import('@/features/knowledge-base/help-center/help-center-home-page')),
          },
          {
            path: 'search',
            ...page(() => import('@/features/knowledge-base/help-center/help-center-search-page')),
          },
          {
            path: 'sections/:sectionId',
            ...page(() => import('@/features/knowledge-base/help-center/help-center-section-page')),
          },
          {
            path: 'articles/:articleRef',
            ...page(() => import('@/features/knowledge-base/help-center/help-article-page')),
          },
        ],
      },
      {
        path: '/',
        element: (
          <RequireStaff>
            <AgentLayout />
          </RequireStaff>
        ),
        children: [
          { index: true, element: <Navigate to="/tickets" replace /> },
          { path: 'tickets', ...page(() => import('@/features/tickets/InboxPage')) },
          { path: 'tickets/new', ...page(() => import('@/features/tickets/NewTicketPage')) },
          { path: 'tickets/:ticketId', ...page(() => import('./composed/ticket-with-knowledge')) },
          {
            path: 'knowledge-base',
            ...page(() => import('@/features/knowledge-base/authoring/articles-page')),
          },
          {
            path: 'knowledge-base/new',
            ...page(() => import('@/features/knowledge-base/authoring/article-editor-page')),
          },
          {
            path: 'knowledge-base/articles/:articleId',
            ...page(() => import('@/features/knowledge-base/authoring/article-editor-page')),
          },
          {
            path: 'knowledge-base/reports',
            ...page(() => import('@/features/knowledge-base/authoring/reports-page')),
          },
          { path: 'customers', ...page(() => import('@/features/customers/CustomersPage')) },
          {
            path: 'customers/:customerId',
            ...page(() => import('@/features/customers/CustomerPage')),
          },
          { path: 'workload', ...page(() => import('@/features/workload/WorkloadPage')) },
          {
            path: 'settings/api-tokens',
            ...page(() => import('@/features/identity/ApiTokensPage')),
          },
          {
            path: 'settings/sessions',
            ...page(() => import('@/features/identity/SessionsPage')),
          },
          {
            path: 'admin',
            element: <RequireRole role="admin" />,
            children: [
              { path: 'queues', ...page(() => import('@/features/queues/QueuesPage')) },
              { path: 'users', ...page(() => import('@/features/identity/UsersPage')) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/portal',
        element: (
          <RequireCustomer>
            <PortalLayout />
          </RequireCustomer>
        ),
        children: [
          { index: true, ...page(() => import('@/features/portal/PortalRequestsPage')) },
          {
            path: 'requests/new',
            ...page(() => import('./composed/new-request-with-suggestions')),
          },
          {
            path: 'requests/:requestId',
            ...page(() => import('@/features/portal/PortalRequestPage')),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
