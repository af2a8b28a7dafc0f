import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { customer } from '@/testing/fixtures';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { UserView } from '@/lib/api/types';
import UsersPage from './UsersPage';

const admin: UserView = {
  ...agent,
  id: 1,
  name: 'Ada Admin',
  email: 'ada@example.com',
  role: 'admin',
};

describe('UsersPage', () => {
  beforeEach(() => signInAs(admin));

  it('filters by role and search text', async () => {
    const queries: string[] = [];
    server.use(
      mockApi('get', '/api/v1/users', ({ request }) => {
        const params = new URL(request.url).searchParams;
        queries.push(`${params.get('q') ?? ''}|${params.get('role') ?? ''}`);
        return { items: params.get('role') === 'agent' ? [agent] : [admin, agent] };
      }),
    );
    renderRoute(<UsersPage />, { path: '/admin/users' });
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('row', { name: /Ada Admin/ })).toHaveTextContent(
      'Administrator',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Agent' }));
    await user.type(screen.getByRole('textbox', { name: 'Find a user' }), 'aino');
    await vi.waitFor(() => expect(queries).toContain('aino|agent'));
    expect(within(table).queryByRole('row', { name: /Ada Admin/ })).not.toBeInTheDocument();
  });

  it('creates a portal login for a customer picked by search', async () => {
    let sent: unknown;
    server.use(
      mockApi('get', '/api/v1/users', () => ({ items: [admin] })),
      mockApi('get', '/api/v1/customers', () => ({ items: [customer] })),
      mockApi('post', '/api/v1/users', async ({ request }) => {
        sent = await request.json();
        return {
          ...agent,
          id: 9,
          role: 'customer' as const,
          customerId: customer.id,
          name: customer.name,
        };
      }),
    );
    renderRoute(<UsersPage />, { path: '/admin/users' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await user.type(within(dialog).getByRole('combobox', { name: /^Customer record/ }), 'Aino');
    await user.click(await screen.findByRole('option', { name: /Aino Virtanen/ }));
    expect(within(dialog).getByRole('textbox', { name: /^Email/ })).toHaveValue(customer.email);
    await user.type(within(dialog).getByLabelText(/^Password/), 'long-enough-secret');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await vi.waitFor(() =>
      expect(sent).toEqual({
        name: 'Aino Virtanen',
        email: customer.email,
        password: 'long-enough-secret',
        role: 'customer',
        customerId: 7,
      }),
    );
  });

  it('refuses a short password before asking the server', async () => {
    server.use(mockApi('get', '/api/v1/users', () => ({ items: [admin] })));
    renderRoute(<UsersPage />, { path: '/admin/users' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Bea');
    await user.type(within(dialog).getByRole('textbox', { name: /^Email/ }), 'bea@example.com');
    await user.type(within(dialog).getByLabelText(/^Password/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Use at least 10 characters')).toBeInTheDocument();
  });

  it('explains that the last administrator cannot be demoted', async () => {
    server.use(
      mockApi('get', '/api/v1/users', () => ({ items: [admin] })),
      mockApi('patch', '/api/v1/users/{id}', () =>
        problem(422, 'user.last-admin', 'Kaiku needs at least one active admin.'),
      ),
    );
    renderRoute(<UsersPage />, { path: '/admin/users' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Ada Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ada Admin' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Agent' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Kaiku needs at least one active administrator.',
    );
  });
});
