import { expect, test } from '@playwright/test';
import { admin, apiToken, call, createUser, expectAccessible, signIn, unique } from './support';

test('a compensation above the approval limit waits for a manager, who approves it', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const token = await apiToken(request);
  const customer = await call<{ id: number; name: string }>(
    request,
    token,
    'POST',
    '/api/v1/customers',
    { name: unique('Kaisa Korvaus') },
  );
  const subject = unique('Broken dishwasher delivered');
  const ticket = await call<{ id: number; number: string }>(
    request,
    token,
    'POST',
    '/api/v1/tickets',
    { subject, channel: 'phone', customerId: customer.id },
  );
  const reason = unique('Replacement part and installation');

  // The agent records more than the approval limit (100): it waits, and they cannot decide it.
  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await expect(page.getByRole('link', { name: 'Compensation approvals' })).toHaveCount(0);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();
  const compensations = page.getByRole('region', { name: 'Compensation' });
  await compensations.getByRole('button', { name: 'Add compensation' }).click();
  await compensations.getByRole('textbox', { name: 'Amount' }).fill('150');
  await compensations.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await compensations.getByRole('button', { name: 'Save compensation' }).click();
  const row = compensations.getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText('Awaiting approval');
  await expect(row).toContainText('€150.00');
  await expect(row.getByRole('button', { name: /^Approve/ })).toHaveCount(0);

  // The manager finds it among those awaiting approval and approves it.
  await page.evaluate(() => localStorage.removeItem('kaiku.session'));
  await page.context().clearCookies();
  const manager = await createUser(request, 'manager');
  await signIn(page, manager.email, manager.password);
  await page.getByRole('link', { name: 'Compensation approvals' }).click();
  await expect(
    page.getByRole('heading', { name: 'Compensations awaiting approval' }),
  ).toBeVisible();
  const waiting = page.getByRole('row', { name: new RegExp(reason) });
  await expect(waiting.getByRole('link', { name: ticket.number })).toBeVisible();
  await expect(waiting.getByRole('link', { name: customer.name })).toBeVisible();
  await expect(waiting).toContainText(agent.name);
  await expect(waiting).toContainText('€150.00');
  await expectAccessible(page);
  await waiting.getByRole('button', { name: `Approve €150.00 on ${ticket.number}` }).click();
  await expect(waiting).toHaveCount(0);

  // The ticket says who approved it.
  await page.goto(`/tickets/${ticket.id}`);
  const approved = page
    .getByRole('region', { name: 'Compensation' })
    .getByRole('row', { name: new RegExp(reason) });
  await expect(approved).toContainText('Approved');
  await expect(approved).toContainText(`Decided by ${manager.name}`);
  await expectAccessible(page);
});

test('an admin sees how event delivery keeps up', async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole('link', { name: 'Event delivery' }).click();
  await expect(page.getByRole('heading', { name: 'Event delivery', level: 2 })).toBeVisible();
  const consumers = page.getByRole('table', { name: 'Consumers' });
  await expect(consumers.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set-aside events' })).toBeVisible();
  await expectAccessible(page);
});
