import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { CompensationView } from '@/lib/api/types';
import { CompensationApproval } from './compensation-approval';

const compensation = (overrides: Partial<CompensationView> = {}): CompensationView => ({
  id: 11,
  ticketId: 42,
  ticketNumber: 'KA-000042',
  customer: { id: 7, name: 'Aino Virtanen' },
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

describe('CompensationApproval', () => {
  it('lets a manager reject a pending compensation, and then refreshes the screen', async () => {
    signInAs({ ...agent, role: 'manager' });
    const rejected: string[] = [];
    server.use(
      mockApi('post', '/api/v1/compensations/{id}/reject', ({ params }) => {
        rejected.push(String(params.id));
        return compensation({ approval: 'rejected', decidedBy: { id: 5, name: 'Mia Manager' } });
      }),
    );
    const onChanged = vi.fn();
    renderRoute(<CompensationApproval compensation={compensation()} onChanged={onChanged} />);
    expect(screen.getByText('Awaiting approval')).toBeInTheDocument();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Reject €150.00 on KA-000042' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(rejected).toEqual(['11']);
  });

  it('lets an admin decide too', () => {
    signInAs({ ...agent, role: 'admin' });
    renderRoute(<CompensationApproval compensation={compensation()} />);
    expect(screen.getByRole('button', { name: /^Approve/ })).toBeInTheDocument();
  });

  it('shows an agent the state but no decision to make', () => {
    signInAs(agent);
    renderRoute(<CompensationApproval compensation={compensation()} />);
    expect(screen.getByText('Awaiting approval')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says who decided and when', () => {
    signInAs(agent);
    renderRoute(
      <CompensationApproval
        compensation={compensation({
          approval: 'approved',
          decidedBy: { id: 5, name: 'Mia Manager' },
          decidedAt: '2026-11-22T08:00:00Z',
        })}
      />,
    );
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.getByText(/^Decided by Mia Manager, Nov 22, 2026/)).toBeInTheDocument();
  });

  it('says when no approval is needed', () => {
    signInAs({ ...agent, role: 'manager' });
    renderRoute(<CompensationApproval compensation={compensation({ approval: 'not_required' })} />);
    expect(screen.getByText('No approval needed')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
