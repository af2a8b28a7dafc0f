import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  admin,
  apiToken,
  call,
  createUser,
  settled,
  signInAnyLanguage,
  unique,
  untranslatedText,
} from './support';

/*
 * Every main screen in the pseudo-locale: a string that did not come through i18next shows up
 * as plain English among the accented ⟦…⟧ strings, and fails the test.
 */

interface Named {
  name?: string;
  email?: string;
  phone?: string;
  description?: string;
  organization?: { name: string };
}

/** Everything the screens may show that is data rather than text: names, emails, subjects. */
async function knownData(
  request: APIRequestContext,
  token: string,
  ticketId: number,
  extra: string[],
) {
  const users = await call<{ items: Named[] }>(request, token, 'GET', '/api/v1/users?limit=100');
  const customers = await call<{ items: Named[] }>(
    request,
    token,
    'GET',
    '/api/v1/customers?limit=100',
  );
  const queues = await call<Named[]>(request, token, 'GET', '/api/v1/queues');
  const tokens = await call<Named[]>(request, token, 'GET', '/api/v1/api-tokens');
  const pending = await call<{ items: { reason: string }[] }>(
    request,
    token,
    'GET',
    '/api/v1/compensations?approval=pending&limit=100',
  );
  // The event delivery screen shows consumers, event types and errors as the server names them.
  const consumers = await call<Named[]>(request, token, 'GET', '/api/v1/outbox/consumers');
  const failures = await call<{
    items: { consumer: string; eventType: string; topic: string; lastError: string }[];
  }>(request, token, 'GET', '/api/v1/outbox/failures?limit=100');
  // The knowledge panel beside the ticket names solved tickets and articles of other tests.
  const suggestions = await call<{
    similarTickets: { number: string; subject: string }[];
    articles: { title: string; snippet?: string }[];
  }>(request, token, 'GET', `/api/v1/knowledge-base/tickets/${ticketId}/suggestions`);
  return [...users.items, ...customers.items, ...queues, ...tokens, ...consumers]
    .flatMap((x) => [x.name, x.email, x.phone, x.description, x.organization?.name])
    .concat(pending.items.map((c) => c.reason))
    .concat(suggestions.similarTickets.flatMap((t) => [t.number, t.subject]))
    .concat(suggestions.articles.map((a) => a.title))
    .concat(failures.items.flatMap((f) => [f.consumer, f.eventType, f.topic, f.lastError]))
    .filter((x): x is string => !!x)
    .concat(extra);
}

async function expectAllTranslated(page: Page, path: string, data: string[]) {
  await page.goto(path);
  await settled(page);
  // The language switcher says which language this is, in the pseudo-locale too.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await untranslatedText(page, data), `untranslated text on ${path}`).toEqual([]);
}

test('every main screen shows only text that came through i18next', async ({ page, request }) => {
  test.setTimeout(240_000);
  const token = await apiToken(request);
  const tag = unique('pseudo').replace(/\s+/g, '-');
  const queue = await call<{ id: number; name: string }>(request, token, 'POST', '/api/v1/queues', {
    name: unique('Billing'),
    description: 'Invoices and refunds',
  });
  const customer = await call<{ id: number; name: string }>(
    request,
    token,
    'POST',
    '/api/v1/customers',
    { name: unique('Matti Meikäläinen'), email: `${tag}@example.com`, phone: '+358 40 765 4321' },
  );
  const subject = unique('Invoice charged twice');
  const description = 'The October invoice was charged twice.';
  const ticket = await call<{ id: number; number: string }>(
    request,
    token,
    'POST',
    '/api/v1/tickets',
    {
      subject,
      description,
      channel: 'phone',
      customerId: customer.id,
      queueId: queue.id,
      tags: [tag],
      customerLosingMoney: true,
      promisedBy: '2030-01-15T10:00:00Z',
    },
  );
  const reply = 'We refunded the duplicate charge.';
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/messages`, {
    kind: 'reply',
    body: `<p>${reply}</p>`,
    status: 'pending',
  });
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/compensations`, {
    kind: 'refund',
    amount: 12.5,
    currency: 'EUR',
    reason: 'Duplicate charge',
  });
  // Above the approval limit, so the ticket and the approvals screen show one waiting.
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/compensations`, {
    kind: 'credit',
    amount: 250,
    currency: 'EUR',
    reason: 'Duplicate charge',
  });
  const login = await createUser(request, 'customer', { customerId: customer.id });
  const data = await knownData(request, token, ticket.id, [
    subject,
    description,
    reply,
    'Duplicate charge',
    tag,
    login.name,
  ]);

  await page.addInitScript(() => localStorage.setItem('kaiku.language', 'pseudo'));
  await expectAllTranslated(page, '/sign-in', data);
  await signInAnyLanguage(page, admin.email, admin.password);
  for (const path of [
    `/tickets?view=all-open&tag=${encodeURIComponent(tag)}`,
    '/tickets?view=solved&tag=nothing-has-this-tag',
    '/tickets/new',
    `/tickets/${ticket.id}`,
    `/customers?q=${encodeURIComponent(customer.name)}`,
    `/customers/${customer.id}`,
    '/workload',
    '/settings/api-tokens',
    '/admin/queues',
    '/admin/users',
    '/compensations/pending',
    '/admin/outbox',
    '/no-such-page',
  ]) {
    await expectAllTranslated(page, path, data);
  }

  // Opened menus and dialogs speak the language too.
  await page.goto(`/tickets/${ticket.id}`);
  await settled(page);
  await page.locator('header button[aria-haspopup="menu"]').last().click();
  expect(await untranslatedText(page, data)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.evaluate(() => localStorage.removeItem('kaiku.session'));
  await page.context().clearCookies();
  await expectAllTranslated(page, '/portal/sign-in', data);
  await signInAnyLanguage(page, login.email, login.password, '/portal/sign-in');
  for (const path of ['/portal', '/portal/requests/new', `/portal/requests/${ticket.id}`]) {
    await expectAllTranslated(page, path, data);
  }
});

test('the check finds text that did not come through the pseudo-locale', async ({ page }) => {
  // In English nothing is wrapped in ⟦ ⟧, so the same check must report the sign-in page's text.
  await page.goto('/sign-in');
  await settled(page);
  expect(await untranslatedText(page, [])).toContain('Sign in to Kaiku');
});
