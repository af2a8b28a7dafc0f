import { expect, test, type Page } from '@playwright/test';
import { apiToken, call, createUser, signIn, unique } from './support';

/** Collects what the Content-Security-Policy refused, as chromium reports it on the console. */
function watchPolicy(page: Page) {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

test('the session lives in an HttpOnly cookie, and the strict policy refuses nothing Kaiku needs', async ({
  page,
  request,
}) => {
  const refused = watchPolicy(page);
  const token = await apiToken(request);
  const customer = await call<{ id: number }>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Customer'),
  });
  const ticket = await call<{ id: number }>(request, token, 'POST', '/api/v1/tickets', {
    subject: unique('Printer jams'),
    channel: 'email',
    customerId: customer.id,
  });
  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await expect(page.getByRole('heading', { name: 'My open tickets' })).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'kaiku_session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Strict');
  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
  }));
  expect(readable.cookie).not.toContain('kaiku_session');
  expect(readable.storage).not.toContain(session!.value);
  expect(readable.storage).not.toMatch(/accessToken/);

  const policy = (await page.request.get('/tickets')).headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-inline');

  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole('textbox', { name: 'Your reply' }).click();
  await page.keyboard.type('Styles and the editor work under the policy');
  await page.goto('/customers');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  expect(refused).toEqual([]);
});

test('signing out ends the session on the server and removes the drafts', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const customer = await call<{ id: number }>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Customer'),
  });
  const ticket = await call<{ id: number }>(request, token, 'POST', '/api/v1/tickets', {
    subject: unique('Refund'),
    channel: 'phone',
    customerId: customer.id,
  });
  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole('textbox', { name: 'Your reply' }).click();
  await page.keyboard.type('A reply nobody else should read');
  const before = (await page.context().cookies()).find((c) => c.name === 'kaiku_session')!;

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Your sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Where you are signed in' })).toBeVisible();
  await expect(page.getByText('This session')).toBeVisible();

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('draft'))),
  ).toEqual([]);
  // The old cookie is worthless now, even if someone copied it.
  const replay = await request.get('/api/v1/auth/me', {
    headers: { Cookie: `kaiku_session=${before.value}` },
  });
  expect(replay.status()).toBe(401);

  await signIn(page, agent.email, agent.password);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole('textbox', { name: 'Your reply' })).not.toContainText('nobody else');
});
