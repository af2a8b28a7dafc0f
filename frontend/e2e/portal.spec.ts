import { expect, test } from '@playwright/test';
import {
  apiToken,
  call,
  createUser,
  expectAccessible,
  screenshot,
  signIn,
  unique,
} from './support';

interface Created {
  id: number;
}

test('a customer submits a request, reads the reply but never the internal note, and answers', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Matti Meikäläinen'),
  });
  const login = await createUser(request, 'customer', { customerId: customer.id });

  // A request the agent already worked on: one public reply, one internal note.
  const earlier = unique('Wrong size delivered');
  const ticket = await call<Created>(request, token, 'POST', '/api/v1/tickets', {
    subject: earlier,
    description: 'The shoes are size 42, I ordered 44.',
    channel: 'phone',
    customerId: customer.id,
    promisedBy: '2030-01-15T10:00:00Z',
  });
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/messages`, {
    kind: 'reply',
    body: '<p>A replacement pair is on its way.</p>',
  });
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/messages`, {
    kind: 'note',
    body: '<p>Warehouse mislabelled the box; secret internal remark.</p>',
  });

  await signIn(page, login.email, login.password, '/portal/sign-in');
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('link', { name: earlier })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'portal-requests');

  // Submit a new request.
  await page.getByRole('link', { name: 'New request' }).first().click();
  const subject = unique('Cannot log in to my account');
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('The password reset email never arrives.');
  await expectAccessible(page);
  await page.getByRole('button', { name: /submit|send/i }).click();
  await expect(page).toHaveURL(/\/portal\/requests\/\d+$/);
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();

  // The agent's earlier answer is there; the internal note is not.
  await page.goto('/portal');
  await expect(page.getByRole('link', { name: subject })).toBeVisible();
  await page.getByRole('link', { name: earlier }).click();
  await expect(page.getByText('A replacement pair is on its way.')).toBeVisible();
  await expect(page.getByText('secret internal remark')).toHaveCount(0);
  await expect(page.getByText(/Jan 15, 2030|15 Jan 2030/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'portal-request');

  await page.getByRole('textbox', { name: /reply/i }).first().click();
  await page.keyboard.type('Thank you, the new pair fits.');
  await page.getByRole('button', { name: /send/i }).click();
  await expect(page.getByRole('article', { name: 'Message from You' })).toContainText(
    'Thank you, the new pair fits.',
  );
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');

  // The agent sees the customer's answer on the ticket.
  await expect
    .poll(async () => {
      const messages = await call<{ bodyText: string }[]>(
        request,
        token,
        'GET',
        `/api/v1/tickets/${ticket.id}/messages`,
      );
      return messages.map((m) => m.bodyText);
    })
    .toContain('Thank you, the new pair fits.');
});

test("a customer cannot open another customer's request by its URL", async ({ page, request }) => {
  const token = await apiToken(request);
  const owner = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Owner'),
  });
  const other = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Other'),
  });
  const secret = unique('Private matter');
  const ticket = await call<Created>(request, token, 'POST', '/api/v1/tickets', {
    subject: secret,
    channel: 'email',
    customerId: owner.id,
  });
  const intruder = await createUser(request, 'customer', { customerId: other.id });

  await signIn(page, intruder.email, intruder.password, '/portal/sign-in');
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto(`/portal/requests/${ticket.id}`);
  await expect(page.getByText(/not found/i).first()).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  // Nor can a customer wander into the agent workspace.
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByText(secret)).toHaveCount(0);
});
