import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { OutboxConsumerView, OutboxFailureView } from '@/lib/api/types';
import OutboxPage from './outbox-page';

const consumer = (name: string, counts: Partial<OutboxConsumerView> = {}): OutboxConsumerView => ({
  name,
  processed: 1234,
  waiting: 0,
  retrying: 0,
  dead: 0,
  updatedAt: '2026-11-22T08:00:00Z',
  ...counts,
});

const failure = (overrides: Partial<OutboxFailureView> = {}): OutboxFailureView => ({
  id: 9,
  consumer: 'webhooks',
  eventId: 501,
  eventType: 'ticket.updated',
  topic: 'ticket',
  subjectId: 42,
  occurredAt: '2026-11-22T07:00:00Z',
  attempts: 3,
  dead: false,
  nextAttemptAt: '2026-11-22T09:00:00Z',
  lastError: 'Connection refused',
  firstFailedAt: '2026-11-22T07:00:01Z',
  lastFailedAt: '2026-11-22T08:00:00Z',
  ...overrides,
});

function backend(failures: OutboxFailureView[]) {
  const requests: URL[] = [];
  server.use(
    mockApi('get', '/api/v1/outbox/consumers', () => [
      consumer('ticket-tally'),
      consumer('mail', { waiting: 1 }),
      consumer('webhooks', { retrying: 2, dead: 1 }),
    ]),
    mockApi('get', '/api/v1/outbox/failures', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const dead = url.searchParams.get('dead');
      return {
        items: failures.filter((f) => dead === null || String(f.dead) === dead),
      };
    }),
  );
  return requests;
}

describe('OutboxPage', () => {
  beforeEach(() => signInAs({ ...agent, role: 'admin' }));

  it('shows how each consumer keeps up and the events it set aside', async () => {
    backend([failure(), failure({ id: 10, dead: true, eventType: 'message.added', attempts: 8 })]);
    renderRoute(<OutboxPage />, { path: '/admin/outbox' });
    const consumers = await screen.findByRole('table', { name: 'Consumers' });
    expect(within(consumers).getByRole('row', { name: /ticket-tally/ })).toHaveTextContent(
      'Up to date',
    );
    expect(within(consumers).getByRole('row', { name: /ticket-tally/ })).toHaveTextContent('1,234');
    expect(within(consumers).getByRole('row', { name: /mail/ })).toHaveTextContent(
      '1 event waiting',
    );
    expect(within(consumers).getByRole('row', { name: /webhooks/ })).toHaveTextContent(
      '1 event given up',
    );

    const failures = await screen.findByRole('table', { name: 'Set-aside events' });
    const retrying = within(failures).getByRole('row', { name: /ticket\.updated/ });
    expect(retrying).toHaveTextContent('Retrying');
    expect(retrying).toHaveTextContent('Connection refused');
    expect(retrying).toHaveTextContent('ticket 42 · event 501');
    const dead = within(failures).getByRole('row', { name: /message\.added/ });
    expect(dead).toHaveTextContent('Given up');
    expect(dead).toHaveTextContent('None: retry or discard by hand');
  });

  it('lists only the dead events on request', async () => {
    const requests = backend([
      failure(),
      failure({ id: 10, dead: true, eventType: 'message.added' }),
    ]);
    renderRoute(<OutboxPage />, { path: '/admin/outbox' });
    await screen.findByRole('row', { name: /ticket\.updated/ });
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Given up' }));
    expect(await screen.findByRole('row', { name: /message\.added/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /ticket\.updated/ })).not.toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('dead')).toBe('true');
  });

  it('retries an event and refreshes the list', async () => {
    let failures = [failure()];
    backend(failures);
    server.use(
      mockApi('post', '/api/v1/outbox/failures/{id}/retry', () => {
        failures = [];
        return { delivered: true };
      }),
      mockApi('get', '/api/v1/outbox/failures', () => ({ items: failures })),
    );
    renderRoute(<OutboxPage />, { path: '/admin/outbox' });
    const row = await screen.findByRole('row', { name: /ticket\.updated/ });
    await userEvent
      .setup()
      .click(within(row).getByRole('button', { name: 'Retry ticket.updated for webhooks' }));
    expect(await screen.findByText('No set-aside events')).toBeInTheDocument();
  });

  it('discards an event only after confirmation', async () => {
    const discarded: string[] = [];
    backend([failure()]);
    server.use(
      mockApi('delete', '/api/v1/outbox/failures/{id}', ({ params }) => {
        discarded.push(String(params.id));
        return new Response(null, { status: 204 });
      }),
    );
    renderRoute(<OutboxPage />, { path: '/admin/outbox' });
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /ticket\.updated/ });
    await user.click(
      within(row).getByRole('button', { name: 'Discard ticket.updated for webhooks' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Discard event' });
    expect(dialog).toHaveTextContent('The consumer will never handle it.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(discarded).toEqual([]);

    await user.click(
      within(row).getByRole('button', { name: 'Discard ticket.updated for webhooks' }),
    );
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard event' })).getByRole('button', {
        name: 'Discard',
      }),
    );
    await vi.waitFor(() => expect(discarded).toEqual(['9']));
  });

  it('explains a failed retry in words', async () => {
    backend([failure()]);
    server.use(
      mockApi('post', '/api/v1/outbox/failures/{id}/retry', () =>
        problem(404, 'outbox.failure-not-found', 'Gone'),
      ),
    );
    renderRoute(<OutboxPage />, { path: '/admin/outbox' });
    const row = await screen.findByRole('row', { name: /ticket\.updated/ });
    await userEvent.setup().click(within(row).getByRole('button', { name: /^Retry/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This event is no longer set aside: it was handled or discarded meanwhile.',
    );
  });
});
