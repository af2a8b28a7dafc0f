import { screen, within } from '@testing-library/react';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import WorkloadPage from './WorkloadPage';

const counts = (total: number) => ({
  total,
  byStatus: { new: total, open: 0, pending: 0, onHold: 0 },
  byPriority: { low: 0, normal: total, high: 0, urgent: 0 },
});

describe('WorkloadPage', () => {
  it('lists open tickets per agent, the unassigned ones, and per queue, with links into the inbox', async () => {
    signInAs(agent);
    server.use(
      mockApi('get', '/api/v1/workload', () => ({
        agents: [{ ref: { id: 2, name: 'Aino Agent' }, ...counts(1234) }],
        unassigned: counts(5),
        queues: [{ ref: { id: 3, name: 'Billing' }, ...counts(7) }],
      })),
    );
    renderRoute(<WorkloadPage />, { path: '/workload' });
    const perAgent = await screen.findByRole('table', { name: 'Open tickets per agent' });
    expect(
      within(perAgent)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Name',
      'Total',
      'New',
      'Open',
      'Pending',
      'On hold',
      'Urgent',
      'High',
      'Normal',
      'Low',
    ]);
    const aino = within(perAgent).getByRole('row', { name: /Aino Agent/ });
    expect(aino).toHaveTextContent('1,234');
    expect(within(aino).getByRole('link', { name: 'Aino Agent' })).toHaveAttribute(
      'href',
      '/tickets?view=all-open&assignee=2',
    );
    expect(within(perAgent).getByRole('link', { name: 'Unassigned' })).toHaveAttribute(
      'href',
      '/tickets?view=all-open&assignee=unassigned',
    );
    const perQueue = screen.getByRole('table', { name: 'Open tickets per queue' });
    expect(within(perQueue).getByRole('link', { name: 'Billing' })).toHaveAttribute(
      'href',
      '/tickets?view=queue&queueId=3',
    );
  });

  it('shows a failure in words instead of empty tables', async () => {
    signInAs(agent);
    server.use(
      mockApi('get', '/api/v1/workload', () => problem(403, 'auth.forbidden', 'Forbidden')),
    );
    renderRoute(<WorkloadPage />, { path: '/workload' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role does not allow this.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
