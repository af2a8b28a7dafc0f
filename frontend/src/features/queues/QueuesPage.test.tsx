import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import QueuesPage from './QueuesPage';

describe('QueuesPage', () => {
  it('explains why a queue that tickets still use cannot be deleted', async () => {
    signInAs({ ...agent, role: 'admin' });
    server.use(
      mockApi('get', '/api/v1/queues', () => [{ id: 3, name: 'Billing', active: true, position: 0 }]),
      mockApi('delete', '/api/v1/queues/{id}', () => problem(409, 'queue.in-use', 'Queue has tickets')),
    );
    renderRoute(<QueuesPage />, { path: '/admin/queues' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Billing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete queue' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tickets still use this queue; deactivate it instead.');
  });
});
