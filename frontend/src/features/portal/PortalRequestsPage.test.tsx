import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { PortalTicketSummary } from '@/lib/api/types';
import PortalRequestsPage from './PortalRequestsPage';

const summary = (id: number, subject: string): PortalTicketSummary => ({
  id,
  number: `KA-00000${id}`,
  subject,
  status: 'pending',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
});

describe('PortalRequestsPage', () => {
  beforeEach(() => signInAs({ ...agent, role: 'customer', customerId: 7 }));

  it('lists the customer’s requests and loads more on demand', async () => {
    server.use(
      mockApi('get', '/api/v1/portal/tickets', ({ request }) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? { items: [summary(2, 'Second request')] }
          : {
              items: [{ ...summary(1, 'Wrong size'), promisedBy: '2030-01-15T10:00:00Z' }],
              nextCursor: 'next',
            },
      ),
    );
    renderRoute(<PortalRequestsPage />, { path: '/portal' });
    expect(await screen.findByRole('link', { name: 'Wrong size' })).toHaveAttribute(
      'href',
      '/portal/requests/1',
    );
    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.getByText(/solution promised by Jan 15, 2030/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New request' })).toHaveAttribute(
      'href',
      '/portal/requests/new',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Second request' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when there are no requests yet', async () => {
    server.use(mockApi('get', '/api/v1/portal/tickets', () => ({ items: [] })));
    renderRoute(<PortalRequestsPage />, { path: '/portal' });
    expect(await screen.findByText('No requests yet')).toBeInTheDocument();
  });

  it('shows a failure in words', async () => {
    server.use(mockApi('get', '/api/v1/portal/tickets', () => problem(500, 'internal', 'Boom')));
    renderRoute(<PortalRequestsPage />, { path: '/portal' });
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work');
  });
});
