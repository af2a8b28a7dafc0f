import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { customer, ticket } from '@/testing/fixtures';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { CompensationView } from '@/lib/api/types';
import PendingCompensationsPage from './pending-compensations-page';

const manager = { ...agent, id: 5, name: 'Mia Manager', role: 'manager' as const };

const pending = (overrides: Partial<CompensationView> = {}): CompensationView => ({
  id: 11,
  ticketId: ticket.id,
  ticketNumber: ticket.number,
  customer: { id: customer.id, name: customer.name },
  kind: 'refund',
  amount: 150,
  currency: 'EUR',
  reason: 'Charged twice',
  approval: 'pending',
  grantedOn: '2026-11-21',
  createdAt: '2026-11-21T10:00:00Z',
  createdBy: { id: agent.id, name: agent.name },
  ...overrides,
});

describe('PendingCompensationsPage', () => {
  beforeEach(() => signInAs(manager));

  it('lists what waits for a decision with its ticket and customer, and approves one', async () => {
    let waiting = [pending(), pending({ id: 12, amount: 1200, currency: 'JPY', kind: 'credit' })];
    const approved: string[] = [];
    server.use(
      mockApi('get', '/api/v1/compensations', ({ request }) => {
        expect(new URL(request.url).searchParams.get('approval')).toBe('pending');
        return { items: waiting };
      }),
      mockApi('post', '/api/v1/compensations/{id}/approve', ({ params }) => {
        approved.push(String(params.id));
        const decided = pending({
          approval: 'approved',
          decidedBy: { id: manager.id, name: manager.name },
          decidedAt: '2026-11-22T08:00:00Z',
        });
        waiting = waiting.filter((c) => String(c.id) !== params.id);
        return decided;
      }),
    );
    renderRoute(<PendingCompensationsPage />, { path: '/compensations/pending' });

    const table = await screen.findByRole('table', { name: 'Compensations awaiting approval' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Ticket',
      'Customer',
      'Kind',
      'Amount',
      'Reason',
      'Requested by',
      'Requested',
      'Decision',
    ]);
    const refund = within(table).getByRole('row', { name: /€150\.00/ });
    expect(within(refund).getByRole('link', { name: ticket.number })).toHaveAttribute(
      'href',
      '/tickets/42',
    );
    expect(await within(refund).findByRole('link', { name: customer.name })).toHaveAttribute(
      'href',
      '/customers/7',
    );
    expect(refund).toHaveTextContent('Refund');
    expect(refund).toHaveTextContent('Charged twice');
    expect(refund).toHaveTextContent('Aino Agent');
    expect(within(table).getByRole('row', { name: /¥1,200/ })).toHaveTextContent('Credit');

    await userEvent
      .setup()
      .click(within(refund).getByRole('button', { name: 'Approve €150.00 on KA-000042' }));
    expect(approved).toEqual(['11']);
    await screen.findByRole('row', { name: /¥1,200/ });
    expect(screen.queryByRole('row', { name: /€150\.00/ })).not.toBeInTheDocument();
  });

  it('pages with a cursor, like the other lists', async () => {
    server.use(
      mockApi('get', '/api/v1/compensations', ({ request }) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? { items: [pending({ id: 13, amount: 300, reason: 'Broken parcel' })] }
          : { items: [pending()], nextCursor: 'page-2' },
      ),
    );
    renderRoute(<PendingCompensationsPage />, { path: '/compensations/pending' });
    await screen.findByRole('row', { name: /Charged twice/ });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('row', { name: /Broken parcel/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Charged twice/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when someone else decided first', async () => {
    server.use(
      mockApi('get', '/api/v1/compensations', () => ({ items: [pending()] })),
      mockApi('post', '/api/v1/compensations/{id}/reject', () =>
        problem(422, 'compensation.not-pending', 'Already decided'),
      ),
    );
    renderRoute(<PendingCompensationsPage />, { path: '/compensations/pending' });
    const row = await screen.findByRole('row', { name: /Charged twice/ });
    await userEvent
      .setup()
      .click(within(row).getByRole('button', { name: 'Reject €150.00 on KA-000042' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Someone has already decided on this compensation.',
    );
  });

  it('shows an empty list as such', async () => {
    server.use(mockApi('get', '/api/v1/compensations', () => ({ items: [] })));
    renderRoute(<PendingCompensationsPage />, { path: '/compensations/pending' });
    expect(await screen.findByText('Nothing awaits approval')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
