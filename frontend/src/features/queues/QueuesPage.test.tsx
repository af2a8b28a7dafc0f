import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { QueueView } from '@/lib/api/types';
import QueuesPage from './QueuesPage';

const billing: QueueView = {
  id: 3,
  name: 'Billing',
  description: 'Invoices and payments',
  active: true,
  position: 0,
  version: 0,
};

describe('QueuesPage', () => {
  beforeEach(() => signInAs({ ...agent, role: 'admin' }));

  it('explains why a queue that tickets still use cannot be deleted', async () => {
    server.use(
      mockApi('get', '/api/v1/queues', () => [billing]),
      mockApi('delete', '/api/v1/queues/{id}', () =>
        problem(409, 'queue.in-use', 'Queue has tickets'),
      ),
    );
    renderRoute(<QueuesPage />, { path: '/admin/queues' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Billing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete queue' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Tickets still use this queue; deactivate it instead.',
    );
    expect(screen.getByRole('row', { name: /Billing/ })).toBeInTheDocument();
  });

  it('creates a queue and shows it in the list', async () => {
    const queues = [billing];
    let sent: unknown;
    server.use(
      mockApi('get', '/api/v1/queues', () => queues),
      mockApi('post', '/api/v1/queues', async ({ request }) => {
        sent = await request.json();
        const created: QueueView = {
          id: 4,
          name: 'Returns',
          description: '',
          active: true,
          position: 5,
          version: 0,
        };
        queues.push(created);
        return created;
      }),
    );
    renderRoute(<QueuesPage />, { path: '/admin/queues' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New queue' }));
    const dialog = await screen.findByRole('dialog', { name: 'New queue' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Returns');
    const position = within(dialog).getByRole('textbox', { name: /^Position/ });
    await user.clear(position);
    await user.type(position, '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const table = await screen.findByRole('table', { name: 'Queues' });
    expect(await within(table).findByRole('row', { name: /Returns/ })).toBeInTheDocument();
    expect(sent).toEqual({ name: 'Returns', description: '', position: 5 });
  });

  it('edits a queue in a dialog and can deactivate it', async () => {
    let sent: unknown;
    server.use(
      mockApi('get', '/api/v1/queues', () => [billing]),
      mockApi('patch', '/api/v1/queues/{id}', async ({ request }) => {
        sent = await request.json();
        return { ...billing, active: false };
      }),
    );
    renderRoute(<QueuesPage />, { path: '/admin/queues' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Billing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit queue' });
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Billing');
    await user.click(within(dialog).getByRole('switch', { name: /^Active/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() =>
      expect(sent).toEqual({
        name: 'Billing',
        description: 'Invoices and payments',
        position: 0,
        active: false,
      }),
    );
  });

  it('says when there are no queues yet', async () => {
    server.use(mockApi('get', '/api/v1/queues', () => []));
    renderRoute(<QueuesPage />, { path: '/admin/queues' });
    expect(await screen.findByText('No queues yet')).toBeInTheDocument();
  });
});
