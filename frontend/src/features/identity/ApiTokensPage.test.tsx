import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { ApiTokenView } from '@/lib/api/types';
import ApiTokensPage from './ApiTokensPage';

const crm: ApiTokenView = {
  id: 1,
  name: 'CRM sync',
  role: 'agent',
  scopes: [],
  prefix: 'kaiku_ab',
  createdAt: '2026-11-01T08:00:00Z',
};

describe('ApiTokensPage', () => {
  beforeEach(() => signInAs(agent));

  it('shows a new token’s secret once, with a warning, and never again', async () => {
    const tokens: ApiTokenView[] = [];
    let sent: unknown;
    server.use(
      mockApi('get', '/api/v1/api-tokens', () => tokens),
      mockApi('post', '/api/v1/api-tokens', async ({ request }) => {
        sent = await request.json();
        tokens.push(crm);
        return { ...crm, token: 'kaiku_abSECRET123' };
      }),
    );
    renderRoute(<ApiTokensPage />, { path: '/settings/api-tokens' });
    const user = userEvent.setup();
    expect(await screen.findByText('No tokens yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New token' });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'CRM sync');
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new token' });
    expect(shown).toHaveTextContent('kaiku_abSECRET123');
    expect(shown).toHaveTextContent('It is shown only once');
    expect(within(shown).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    expect(sent).toEqual({ name: 'CRM sync', role: 'agent' });
    await user.click(within(shown).getByRole('button', { name: 'Done' }));

    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByRole('row', { name: /CRM sync/ })).toBeInTheDocument();
    expect(screen.queryByText('kaiku_abSECRET123')).not.toBeInTheDocument();
  });

  it('revokes a token only after confirmation', async () => {
    const revoked: string[] = [];
    server.use(
      mockApi('get', '/api/v1/api-tokens', () => [crm]),
      mockApi('delete', '/api/v1/api-tokens/{id}', ({ params }) => {
        revoked.push(String(params.id));
        return new Response(null, { status: 204 });
      }),
    );
    renderRoute(<ApiTokensPage />, { path: '/settings/api-tokens' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke CRM sync' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke token' });
    expect(revoked).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await vi.waitFor(() => expect(revoked).toEqual(['1']));
  });
});
