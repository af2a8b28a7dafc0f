import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { SessionView } from '@/lib/api/types';
import SessionsPage from './SessionsPage';

const here: SessionView = {
  id: 1,
  kind: 'browser',
  createdAt: '2026-11-30T08:00:00Z',
  lastSeenAt: '2026-11-30T09:00:00Z',
  expiresAt: '2026-11-30T20:00:00Z',
  clientAddress: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  current: true,
};
const phone: SessionView = {
  ...here,
  id: 2,
  clientAddress: '198.51.100.9',
  userAgent:
    'Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36',
  current: false,
};
const script: SessionView = {
  ...here,
  id: 3,
  kind: 'bearer',
  userAgent: 'curl/8.5.0',
  current: false,
};

describe('SessionsPage', () => {
  beforeEach(() => signInAs(agent));

  it('lists where the user is signed in and ends a session they do not recognise', async () => {
    let sessions = [here, phone, script];
    const ended: string[] = [];
    server.use(
      mockApi('get', '/api/v1/auth/sessions', () => sessions),
      mockApi('delete', '/api/v1/auth/sessions/{id}', ({ params }) => {
        ended.push(String(params.id));
        sessions = sessions.filter((s) => String(s.id) !== params.id);
        return new Response(null, { status: 204 });
      }),
    );
    renderRoute(<SessionsPage />);
    const table = await screen.findByRole('table', { name: 'Where you are signed in' });
    expect(within(table).getByText('Firefox on Linux')).toBeInTheDocument();
    expect(within(table).getByText('Chrome on Android')).toBeInTheDocument();
    expect(within(table).getByText('curl/8.5.0')).toBeInTheDocument();
    expect(within(table).getByText('This session')).toBeInTheDocument();

    await userEvent.setup().click(
      screen.getByRole('button', {
        name: 'End the session of Chrome on Android from 198.51.100.9',
      }),
    );
    await waitFor(() =>
      expect(within(table).queryByText('Chrome on Android')).not.toBeInTheDocument(),
    );
    expect(ended).toEqual(['2']);
    expect(within(table).getByText('curl/8.5.0')).toBeInTheDocument();
  });

  it('signs out everywhere else at once', async () => {
    let sessions = [here, phone];
    server.use(
      mockApi('get', '/api/v1/auth/sessions', () => sessions),
      mockApi('post', '/api/v1/auth/sessions/end-others', () => {
        sessions = [here];
        return new Response(null, { status: 204 });
      }),
    );
    renderRoute(<SessionsPage />);
    await screen.findByText('Chrome on Android');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    expect(await screen.findByText('No other sessions.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out everywhere else' })).toBeDisabled();
  });
});
