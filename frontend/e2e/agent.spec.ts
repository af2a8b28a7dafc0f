import { expect, test } from '@playwright/test';
import {
  admin,
  apiToken,
  call,
  createUser,
  expectAccessible,
  screenshot,
  signIn,
  unique,
} from './support';

test('an agent logs a phone call for a new customer, replies, adds a note and solves it', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await expect(page.getByRole('heading', { name: 'My open tickets' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Log a contact' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Channel' })).toHaveValue('Phone');

  const customerName = unique('Aino Virtanen');
  const customerEmail = `${customerName.replace(/\s+/g, '.').toLowerCase()}@example.com`;
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(customerName);
  await dialog.getByRole('textbox', { name: 'Email' }).fill(customerEmail);
  await dialog.getByRole('textbox', { name: 'Phone' }).fill('+358 40 123 4567');
  await dialog.getByRole('button', { name: 'Create customer' }).click();
  await expect(dialog).toBeHidden();

  const subject = unique('Invoice charged twice');
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page
    .getByRole('textbox', { name: 'Nature of the concern' })
    .fill('The customer was charged twice for the October invoice.');
  await expectAccessible(page);
  await screenshot(page, 'new-ticket');
  await page.getByRole('button', { name: 'Create ticket' }).click();

  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();
  await expect(page.getByRole('link', { name: customerName })).toBeVisible();

  await page.getByRole('textbox', { name: 'Your reply' }).click();
  await page.keyboard.type('We have refunded the duplicate charge.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('article', { name: `Message from ${agent.name}` })).toContainText(
    'refunded the duplicate',
  );

  await page.getByText('Internal note', { exact: true }).first().click();
  await page.getByRole('textbox', { name: 'Your note' }).click();
  await page.keyboard.type('Billing run bug, see incident 42.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('article', { name: `Internal note by ${agent.name}` })).toContainText(
    'incident 42',
  );

  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Solved' }).click();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Solved');
  await expect(page.getByRole('region', { name: 'Actions taken' })).toContainText('to Solved');
  await expectAccessible(page);
  await screenshot(page, 'ticket');

  await page.getByRole('link', { name: customerName }).click();
  await expect(page.getByRole('heading', { name: customerName })).toBeVisible();
  await expect(page.getByRole('link', { name: subject })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'customer');

  await page.getByRole('link', { name: 'Solved' }).click();
  await expect(page.getByRole('link', { name: subject })).toBeVisible();
});

test('the inbox puts a customer losing money on top and supports the keyboard', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const tag = unique('e2e').replace(/\s+/g, '-');
  const customer = await call<{ id: number }>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Customer'),
  });
  const calm = unique('Question about opening hours');
  const urgent = unique('Checkout is down');
  await call(request, token, 'POST', '/api/v1/tickets', {
    subject: calm,
    channel: 'email',
    customerId: customer.id,
    tags: [tag],
  });
  await call(request, token, 'POST', '/api/v1/tickets', {
    subject: urgent,
    channel: 'phone',
    customerId: customer.id,
    customerLosingMoney: true,
    tags: [tag],
  });

  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await page.goto(`/tickets?view=all-open&tag=${encodeURIComponent(tag)}`);
  const rows = page.getByTestId('ticket-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(urgent);
  await expect(rows.first().getByRole('img', { name: 'Losing money' })).toBeVisible();
  await expect(rows.first().getByRole('img', { name: 'Priority: Urgent' })).toBeVisible();
  await expectAccessible(page);
  await expect(rows.nth(1)).toContainText(calm);
  await screenshot(page, 'inbox');

  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: calm })).toBeVisible();
});

test('a rejected session leads to sign-in and back, keeping the half-written reply', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const customer = await call<{ id: number }>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Customer'),
  });
  const subject = unique('Parcel never arrived');
  const ticket = await call<{ id: number }>(request, token, 'POST', '/api/v1/tickets', {
    subject,
    channel: 'web',
    customerId: customer.id,
  });

  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole('textbox', { name: 'Your reply' }).click();
  await page.keyboard.type('Half-written answer about the parcel');

  // The browser no longer has a session the server accepts, as after it expires.
  await page.context().clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(agent.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toContainText(
    'Half-written answer about the parcel',
  );
});

test('wrong credentials are explained, and the workload and admin screens render', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('nobody@example.com');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong-password-123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
  await expectAccessible(page);
  await screenshot(page, 'sign-in');

  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { name: 'My open tickets' })).toBeVisible();
  await page.getByRole('link', { name: 'Workload' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'workload');
  for (const link of ['Manage queues', 'Manage users', 'API tokens']) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expectAccessible(page);
  }
});
