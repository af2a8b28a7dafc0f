import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api';
import { summary } from '@/testing/fixtures';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import InboxPage from './InboxPage';

function backend(
  items = [
    summary({ id: 1, subject: 'Checkout is down', priority: 'urgent', customerLosingMoney: true }),
    summary({ id: 2, subject: 'Opening hours?' }),
  ],
) {
  const requests: URLSearchParams[] = [];
  server.use(
    mockApi('get', '/api/v1/tickets', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return { items };
    }),
    mockApi('get', '/api/v1/queues', () => [
      { id: 3, name: 'Billing', active: true, position: 0, version: 0 },
    ]),
    mockApi('get', '/api/v1/users', () => ({ items: [] })),
  );
  return requests;
}

const routes = [{ path: '/tickets/:id', element: <p>ticket opened</p> }];

describe('InboxPage', () => {
  beforeEach(() => signInAs(agent));

  it("asks for the view's tickets most urgent first and marks a customer losing money", async () => {
    const requests = backend();
    renderRoute(<InboxPage />, { path: '/tickets', url: '/tickets?view=unassigned', routes });
    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows[0]).toHaveTextContent('Checkout is down');
    expect(within(rows[0]!).getByRole('img', { name: 'Losing money' })).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('img', { name: 'Priority: Urgent' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('img', { name: 'Priority: Normal' })).toBeInTheDocument();
    expect(requests[0]!.get('assignee')).toBe('unassigned');
    expect(requests[0]!.getAll('status')).toEqual(['new', 'open', 'pending', 'on_hold']);
    expect(requests[0]!.get('sort')).toBe('priority');
  });

  it('opens the selected ticket with j and Enter', async () => {
    backend();
    renderRoute(<InboxPage />, { path: '/tickets', routes });
    await screen.findAllByTestId('ticket-row');
    const user = userEvent.setup();
    await user.keyboard('j');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('ticket opened')).toBeInTheDocument();
  });

  it('keeps a text search in the URL and sends it to the server', async () => {
    const requests = backend();
    const { router } = renderRoute(<InboxPage />, {
      path: '/tickets',
      url: '/tickets?view=all-open',
      routes,
    });
    await screen.findAllByTestId('ticket-row');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'refund{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('q=refund'));
    await waitFor(() => expect(requests.at(-1)!.get('q')).toBe('refund'));
  });

  it('says so when a view is empty', async () => {
    backend([]);
    renderRoute(<InboxPage />, { path: '/tickets', routes });
    expect(await screen.findByText('No tickets here')).toBeInTheDocument();
  });
});
