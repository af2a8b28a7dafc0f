import { screen, within } from '@testing-library/react';
import { mockApi } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { Role } from '@/lib/api/types';
import { AgentLayout } from './AgentLayout';

function renderAs(role: Role) {
  signInAs({ ...agent, role });
  server.use(
    mockApi('get', '/api/v1/tickets/counts', () => ({
      myOpen: 0,
      unassigned: 0,
      allOpen: 0,
      pending: 0,
      solved: 0,
      queues: [],
    })),
    mockApi('get', '/api/v1/queues', () => []),
  );
  renderRoute(<AgentLayout />, { path: '/tickets' });
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

describe('AgentLayout', () => {
  it('shows an agent neither the approvals nor the admin screens', async () => {
    const nav = renderAs('agent');
    expect(await within(nav).findByRole('link', { name: 'Workload' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Compensation approvals' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Event delivery' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Manage users' })).toBeNull();
  });

  it('links a manager to the compensations awaiting approval, not to the admin screens', async () => {
    const nav = renderAs('manager');
    expect(
      await within(nav).findByRole('link', { name: 'Compensation approvals' }),
    ).toHaveAttribute('href', '/compensations/pending');
    expect(within(nav).queryByRole('link', { name: 'Event delivery' })).toBeNull();
  });

  it('links an admin to the approvals and to event delivery', async () => {
    const nav = renderAs('admin');
    expect(
      await within(nav).findByRole('link', { name: 'Compensation approvals' }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Event delivery' })).toHaveAttribute(
      'href',
      '/admin/outbox',
    );
  });
});
