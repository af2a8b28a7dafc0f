import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute } from '@/testing/render';
import { server } from '@/testing/server';
import { sessionStore } from '@/lib/auth/session';
import { SignInForm } from './SignInForm';

const routes = [
  { path: '/tickets/:id', element: <p>ticket page</p> },
  { path: '/tickets', element: <p>inbox</p> },
  { path: '/portal', element: <p>portal home</p> },
];

const fillAndSubmit = async (email = 'aino@example.com', password = 'secret-password') => {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^email/i), email);
  await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('SignInForm', () => {
  it('explains wrong credentials without a raw error', async () => {
    server.use(
      mockApi('post', '/api/v1/auth/cookie-login', () =>
        problem(401, 'auth.invalid-credentials', 'Wrong email or password'),
      ),
    );
    renderRoute(<SignInForm variant="agent" />, { path: '/sign-in', routes });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not right.',
    );
    expect(sessionStore.get()).toBeNull();
  });

  it('returns an agent to the page that asked for sign-in', async () => {
    server.use(
      mockApi('post', '/api/v1/auth/cookie-login', () => ({
        expiresAt: '2099-01-01T00:00:00Z',
        user: agent,
      })),
    );
    renderRoute(<SignInForm variant="agent" />, {
      path: '/sign-in',
      url: '/sign-in?next=%2Ftickets%2F42',
      routes,
    });
    await fillAndSubmit();
    expect(await screen.findByText('ticket page')).toBeInTheDocument();
    expect(sessionStore.get()?.user.id).toBe(agent.id);
    // The credential is in an HttpOnly cookie: nothing script-readable holds a token.
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/token/i);
  });

  it('never sends a customer into the agent workspace, nor to another site', async () => {
    server.use(
      mockApi('post', '/api/v1/auth/cookie-login', () => ({
        expiresAt: '2099-01-01T00:00:00Z',
        user: { ...agent, role: 'customer' as const, customerId: 7 },
      })),
    );
    renderRoute(<SignInForm variant="portal" />, {
      path: '/portal/sign-in',
      url: '/portal/sign-in?next=%2Ftickets%2F42',
      routes,
    });
    await fillAndSubmit();
    expect(await screen.findByText('portal home')).toBeInTheDocument();
  });

  it('says how long to wait after too many failed attempts, without retrying by itself', async () => {
    let attempts = 0;
    server.use(
      mockApi('post', '/api/v1/auth/cookie-login', () => {
        attempts++;
        const response = problem(429, 'auth.too-many-attempts', 'Too many failed sign-ins.');
        response.headers.set('Retry-After', '30');
        return response;
      }),
    );
    renderRoute(<SignInForm variant="agent" />, { path: '/sign-in', routes });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Please wait 30 seconds before trying again.',
    );
    expect(attempts).toBe(1);
  });

  it('asks for the missing fields before calling the server', async () => {
    renderRoute(<SignInForm variant="agent" />, { path: '/sign-in', routes });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });
});
