import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api';
import { drafts } from '@/lib/drafts';
import { agent, renderRoute, signInAs } from '@/testing/render';
import { server } from '@/testing/server';
import type { MessageView } from '@/lib/api/types';
import PortalRequestPage from './PortalRequestPage';

const customer = { ...agent, role: 'customer' as const, customerId: 7 };
const request = {
  id: 5,
  number: 'KA-000005',
  subject: 'Wrong size delivered',
  description: 'Size 42 instead of 44.',
  status: 'open' as const,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  promisedBy: '2030-01-15T10:00:00Z',
};
const staffReply: MessageView = {
  id: 1,
  kind: 'reply',
  body: '<p>A new pair is on its way.</p>',
  bodyText: 'A new pair is on its way.',
  attachments: [],
  createdAt: '2026-11-20T10:00:00Z',
  author: { type: 'staff', id: 2, name: 'Aino Agent' },
};

describe('PortalRequestPage', () => {
  beforeEach(() => signInAs(customer));

  it('shows the request, its promised date and the public conversation', async () => {
    server.use(
      mockApi('get', '/api/v1/portal/tickets/{id}', () => request),
      mockApi('get', '/api/v1/portal/tickets/{id}/messages', () => [staffReply]),
    );
    renderRoute(<PortalRequestPage />, {
      path: '/portal/requests/:requestId',
      url: '/portal/requests/5',
    });
    expect(
      await screen.findByRole('heading', { name: 'Wrong size delivered' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/We promised a solution by Jan 15, 2030/)).toBeInTheDocument();
    const message = await screen.findByRole('article', { name: 'Message from Aino Agent' });
    expect(message).toHaveTextContent('A new pair is on its way.');
    expect(message).toHaveTextContent('Support team');
  });

  it('keeps an unsent reply as a draft across visits', async () => {
    drafts.save('portal-reply-5', { body: 'Half written' });
    server.use(
      mockApi('get', '/api/v1/portal/tickets/{id}', () => request),
      mockApi('get', '/api/v1/portal/tickets/{id}/messages', () => []),
    );
    renderRoute(<PortalRequestPage />, {
      path: '/portal/requests/:requestId',
      url: '/portal/requests/5',
    });
    expect(await screen.findByRole('textbox', { name: 'Your reply' })).toHaveValue('Half written');
    expect(await screen.findByText('No answers yet. We will reply here.')).toBeInTheDocument();
  });

  it("treats someone else's request as not found", async () => {
    server.use(
      mockApi('get', '/api/v1/portal/tickets/{id}', () =>
        problem(404, 'ticket.not-found', 'No such ticket'),
      ),
    );
    renderRoute(<PortalRequestPage />, {
      path: '/portal/requests/:requestId',
      url: '/portal/requests/99',
    });
    expect(await screen.findByRole('heading', { name: 'Request not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my requests' })).toHaveAttribute(
      'href',
      '/portal',
    );
  });

  it('offers no reply box on a closed request', async () => {
    server.use(
      mockApi('get', '/api/v1/portal/tickets/{id}', () => ({
        ...request,
        status: 'closed' as const,
      })),
      mockApi('get', '/api/v1/portal/tickets/{id}/messages', () => [staffReply]),
    );
    renderRoute(<PortalRequestPage />, {
      path: '/portal/requests/:requestId',
      url: '/portal/requests/5',
    });
    expect(await screen.findByText(/This request is closed/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
  });

  it('sends a reply, clears the box and forgets the draft', async () => {
    const sent: unknown[] = [];
    const messages = [staffReply];
    server.use(
      mockApi('get', '/api/v1/portal/tickets/{id}', () => request),
      mockApi('get', '/api/v1/portal/tickets/{id}/messages', () => messages),
      mockApi('post', '/api/v1/portal/tickets/{id}/messages', async ({ request: http }) => {
        const body = (await http.json()) as { body: string };
        sent.push(body);
        const message: MessageView = {
          ...staffReply,
          id: 2,
          body: body.body,
          bodyText: body.body,
          author: { type: 'customer', id: 7, name: 'Me' },
        };
        messages.push(message);
        return message;
      }),
    );
    renderRoute(<PortalRequestPage />, {
      path: '/portal/requests/:requestId',
      url: '/portal/requests/5',
    });
    const user = userEvent.setup();
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'Thanks, it fits.{Enter}Size <44> is right.');
    expect(drafts.load('portal-reply-5')?.body).toContain('Thanks, it fits.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const mine = await screen.findByRole('article', { name: 'Message from You' });
    expect(mine).toHaveTextContent('Thanks, it fits.Size <44> is right.');
    expect(mine).toHaveTextContent('Your message');
    // Plain text becomes HTML: escaped, with its line break kept.
    expect(sent).toEqual([
      { body: '<p>Thanks, it fits.<br>Size &lt;44&gt; is right.</p>', attachmentIds: [] },
    ]);
    await waitFor(() => expect(box).toHaveValue(''));
    expect(drafts.load('portal-reply-5')).toBeNull();
  });
});
