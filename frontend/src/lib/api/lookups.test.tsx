import { screen } from '@testing-library/react';
import { mockApi } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { UserView } from './types';
import { useStaff } from './lookups';

const person = (id: number, name: string, role: UserView['role'] = 'agent'): UserView => ({
  id,
  name,
  email: `${id}@example.com`,
  role,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  version: 0,
});

function StaffList() {
  const staff = useStaff();
  if (!staff.data) return <p>loading</p>;
  return (
    <ul aria-label="staff">
      {staff.data.map((u) => (
        <li key={u.id}>{u.name}</li>
      ))}
    </ul>
  );
}

describe('useStaff', () => {
  beforeEach(() => signInAs(agent));

  it('reads every page, so the 101st agent is still there, and sorts by name', async () => {
    const agents = Array.from({ length: 101 }, (_, i) =>
      person(i + 1, `Agent ${String(i + 1).padStart(3, '0')}`),
    );
    const cursors: (string | null)[] = [];
    server.use(
      mockApi('get', '/api/v1/users', ({ request }) => {
        const query = new URL(request.url).searchParams;
        const role = query.get('role');
        if (role === 'admin') return { items: [person(500, 'Ödön Admin', 'admin')] };
        if (role === 'manager') return { items: [] };
        cursors.push(query.get('cursor'));
        return query.get('cursor') === 'page-2'
          ? { items: agents.slice(100) }
          : { items: agents.slice(0, 100), nextCursor: 'page-2' };
      }),
    );
    renderRoute(<StaffList />);
    const list = await screen.findByRole('list', { name: 'staff' });
    const names = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(names).toHaveLength(102);
    expect(names).toContain('Agent 101');
    expect(names[0]).toBe('Agent 001');
    expect(names.at(-1)).toBe('Ödön Admin');
    expect(cursors).toEqual([null, 'page-2']);
  });
});
