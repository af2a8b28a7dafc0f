import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { ticket } from '@/testing/fixtures';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { UpdateTicketRequest } from '@/lib/api/types';
import TicketPage from './TicketPage';

function backend(current: { version: number; subject: string }) {
  const patches: UpdateTicketRequest[] = [];
  server.use(
    mockApi('get', '/api/v1/tickets/{id}', () => ({ ...ticket, ...current })),
    mockApi('get', '/api/v1/tickets/{id}/messages', () => [
      {
        id: 1,
        kind: 'reply' as const,
        body: '<p>Public answer</p>',
        bodyText: 'Public answer',
        attachments: [],
        createdAt: ticket.createdAt,
        author: { type: 'staff' as const, id: 2, name: 'Aino Agent' },
      },
      {
        id: 2,
        kind: 'note' as const,
        body: '<p>Staff only</p>',
        bodyText: 'Staff only',
        attachments: [],
        createdAt: ticket.createdAt,
        author: { type: 'staff' as const, id: 2, name: 'Aino Agent' },
      },
    ]),
    mockApi('get', '/api/v1/tickets/{id}/events', () => []),
    mockApi('get', '/api/v1/tickets/{id}/compensations', () => []),
    mockApi('get', '/api/v1/queues', () => []),
    mockApi('get', '/api/v1/users', ({ request }) => ({
      items: new URL(request.url).searchParams.get('role') === 'agent' ? [agent] : [],
    })),
    mockApi('patch', '/api/v1/tickets/{id}', async ({ request }) => {
      const body = (await request.json()) as UpdateTicketRequest;
      patches.push(body);
      if (body.version !== current.version)
        return problem(409, 'ticket.version-conflict', 'Stale version');
      current.version += 1;
      return { ...ticket, ...current, priority: body.priority ?? ticket.priority };
    }),
  );
  return patches;
}

describe('TicketPage', () => {
  beforeEach(() => signInAs(agent));

  it('tells internal notes apart from replies in words', async () => {
    backend({ version: 3, subject: ticket.subject });
    renderRoute(<TicketPage />, { path: '/tickets/:ticketId', url: '/tickets/42' });
    expect(
      await screen.findByRole('article', { name: 'Internal note by Aino Agent' }),
    ).toHaveTextContent('Staff only');
    expect(screen.getByRole('article', { name: 'Message from Aino Agent' })).toHaveTextContent(
      'Public answer',
    );
  });

  it('shows a conflict when someone else saved first, and merges the change onto their version', async () => {
    const current = { version: 3, subject: ticket.subject };
    const patches = backend(current);
    renderRoute(<TicketPage />, { path: '/tickets/:ticketId', url: '/tickets/42' });
    await screen.findByRole('heading', { name: ticket.subject });

    // Another agent saves while this one is looking at version 3.
    current.version = 4;
    current.subject = 'Renamed by a colleague';
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Priority' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this ticket');
    await user.click(within(alert).getByRole('button', { name: 'Merge my change' }));

    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[0]).toMatchObject({ priority: 'high', version: 3 });
    expect(patches[1]).toMatchObject({ priority: 'high', version: 4 });
    expect(
      await screen.findByRole('heading', { name: 'Renamed by a colleague' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('Someone else changed this ticket')).not.toBeInTheDocument(),
    );
  });

  it('shows a clear message for a ticket that does not exist', async () => {
    server.use(
      mockApi('get', '/api/v1/tickets/{id}', () => problem(404, 'ticket.not-found', 'No ticket')),
      mockApi('get', '/api/v1/queues', () => []),
      mockApi('get', '/api/v1/users', () => ({ items: [] })),
    );
    renderRoute(<TicketPage />, { path: '/tickets/:ticketId', url: '/tickets/999' });
    expect(await screen.findByRole('heading', { name: 'Ticket not found' })).toBeInTheDocument();
  });
});
