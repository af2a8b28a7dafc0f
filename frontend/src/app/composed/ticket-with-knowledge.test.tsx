import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { ticket } from '@/testing/fixtures';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { CompensationView } from '@/lib/api/types';
import TicketWithKnowledge from './ticket-with-knowledge';

const refund: CompensationView = {
  id: 11,
  ticketId: ticket.id,
  ticketNumber: ticket.number,
  customer: ticket.customer,
  kind: 'refund',
  amount: 150,
  currency: 'EUR',
  reason: 'Charged twice',
  approval: 'pending',
  grantedOn: '2026-11-21',
  createdAt: '2026-11-21T10:00:00Z',
  createdBy: { id: agent.id, name: agent.name },
};

function backend() {
  let compensations = [refund];
  server.use(
    mockApi('get', '/api/v1/tickets/{id}', () => ticket),
    mockApi('get', '/api/v1/tickets/{id}/messages', () => []),
    mockApi('get', '/api/v1/tickets/{id}/events', () => []),
    mockApi('get', '/api/v1/tickets/{id}/compensations', () => compensations),
    mockApi('get', '/api/v1/knowledge-base/tickets/{ticketId}/suggestions', () => ({
      language: 'en',
      articles: [],
      similarTickets: [],
    })),
    mockApi('get', '/api/v1/queues', () => []),
    mockApi('get', '/api/v1/users', () => ({ items: [] })),
    mockApi('post', '/api/v1/compensations/{id}/approve', () => {
      compensations = [
        {
          ...refund,
          approval: 'approved',
          decidedBy: { id: 5, name: 'Mia Manager' },
          decidedAt: '2026-11-22T08:00:00Z',
        },
      ];
      return compensations[0]!;
    }),
  );
}

const renderTicket = () =>
  renderRoute(<TicketWithKnowledge />, { path: '/tickets/:ticketId', url: '/tickets/42' });

describe('the ticket view', () => {
  it("shows a manager each compensation's approval and lets them approve it there", async () => {
    signInAs({ ...agent, id: 5, name: 'Mia Manager', role: 'manager' });
    backend();
    renderTicket();
    const table = await screen.findByRole('table', { name: 'Compensation' });
    const row = within(table).getByRole('row', { name: /Charged twice/ });
    expect(row).toHaveTextContent('Awaiting approval');
    await userEvent
      .setup()
      .click(within(row).getByRole('button', { name: 'Approve €150.00 on KA-000042' }));
    expect(await within(table).findByText(/^Decided by Mia Manager/)).toBeInTheDocument();
    expect(within(table).getByText('Approved')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an agent the approval state without the decision', async () => {
    signInAs(agent);
    backend();
    renderTicket();
    const table = await screen.findByRole('table', { name: 'Compensation' });
    expect(within(table).getByRole('columnheader', { name: 'Approval' })).toBeInTheDocument();
    expect(within(table).getByText('Awaiting approval')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });
});
