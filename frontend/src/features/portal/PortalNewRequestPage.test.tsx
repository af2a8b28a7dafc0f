import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import PortalNewRequestPage from './PortalNewRequestPage';

const queues = [
  { id: 3, name: 'Billing', active: true, position: 0, version: 0 },
  { id: 4, name: 'Retired', active: false, position: 1, version: 0 },
];

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^Subject/ }), 'Printer');
  await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'It jams.');
  return user;
}

describe('PortalNewRequestPage', () => {
  beforeEach(() => signInAs({ ...agent, role: 'customer', customerId: 7 }));

  it("puts the server's field error next to the field it names", async () => {
    server.use(
      mockApi('get', '/api/v1/queues', () => []),
      mockApi('post', '/api/v1/portal/tickets', () =>
        problem(400, 'validation.failed', 'subject: too long', [
          { field: 'subject', code: 'size', message: 'size must be between 0 and 200' },
        ]),
      ),
    );
    renderRoute(<PortalNewRequestPage />, { path: '/portal/requests/new' });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    expect(await screen.findByText('Too long or too short')).toBeInTheDocument();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    // Mantine ties the error to its input, so a screen reader announces it with the field.
    const errorId = subject
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    expect(document.getElementById(errorId!)).toHaveTextContent('Too long or too short');
  });

  it('submits the request with the chosen category and opens it', async () => {
    let sent: unknown;
    server.use(
      mockApi('get', '/api/v1/queues', () => queues),
      mockApi('post', '/api/v1/portal/tickets', async ({ request }) => {
        sent = await request.json();
        return {
          id: 12,
          number: 'KA-000012',
          subject: 'Printer',
          status: 'new' as const,
          createdAt: '2026-11-20T09:00:00Z',
          updatedAt: '2026-11-20T09:00:00Z',
        };
      }),
    );
    renderRoute(<PortalNewRequestPage />, {
      path: '/portal/requests/new',
      routes: [{ path: '/portal/requests/:requestId', element: <p>Request page</p> }],
    });
    const user = await fillIn();
    await user.click(await screen.findByRole('combobox', { name: 'Category' }));
    expect(screen.queryByRole('option', { name: 'Retired' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Billing' }));
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    expect(await screen.findByText('Request page')).toBeInTheDocument();
    expect(sent).toEqual({
      subject: 'Printer',
      description: 'It jams.',
      queueId: 3,
      attachmentIds: [],
    });
  });
});
