import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  admin,
  apiToken,
  call,
  createUser,
  expectAccessible,
  expectNoHorizontalOverflow,
  screenshot,
  settled,
  signInAnyLanguage,
  unique,
} from './support';

interface Created {
  id: number;
  number?: string;
}

/** The words each flow looks for, in the language it runs in. */
const words = {
  ja: {
    inbox: '自分の未解決チケット',
    newTicket: '新規チケット',
    logContact: '問い合わせを記録',
    channel: 'チャネル',
    phone: '電話',
    newCustomer: '新規顧客',
    name: '氏名',
    email: 'メール',
    phoneField: '電話番号',
    createCustomer: '顧客を作成',
    subject: '件名',
    concern: 'お問い合わせの内容',
    createTicket: 'チケットを作成',
    yourReply: '返信内容',
    sendReply: '返信を送信',
    messageFrom: (name: string) => `${name} からのメッセージ`,
    status: 'ステータス',
    solved: '解決済み',
    actionsTaken: '対応履歴',
    promised: /2030\/01\/15 19:00/,
    promisedInput: '2030-01-15T19:00',
    customers: '顧客',
    customerName: '山田 太郎',
    customerPart: '山田',
    ticketSubject: '請求が二重に計上されました',
    myRequests: 'お問い合わせ一覧',
    newRequest: '新しいお問い合わせ',
    description: '内容',
    submitRequest: '送信する',
    you: 'あなた',
    portalPromised: /2030\/01\/15/,
    portalTimeZone: 'Asia/Tokyo',
  },
  fi: {
    inbox: 'Omat avoimet tiketit',
    newTicket: 'Uusi tiketti',
    logContact: 'Kirjaa yhteydenotto',
    channel: 'Kanava',
    phone: 'Puhelin',
    newCustomer: 'Uusi asiakas',
    name: 'Nimi',
    email: 'Sähköposti',
    phoneField: 'Puhelin',
    createCustomer: 'Luo asiakas',
    subject: 'Aihe',
    concern: 'Yhteydenoton syy',
    createTicket: 'Luo tiketti',
    yourReply: 'Vastauksesi',
    sendReply: 'Lähetä vastaus',
    messageFrom: (name: string) => `Viesti, lähettäjä ${name}`,
    status: 'Tila',
    solved: 'Ratkaistu',
    actionsTaken: 'Tehdyt toimenpiteet',
    promised: /15\.1\.2030 klo 12\.00/,
    promisedInput: '2030-01-15T12:00',
    customers: 'Asiakkaat',
    customerName: 'Hämäläinen Pekka',
    customerPart: 'hämäl',
    ticketSubject: 'Lasku veloitettiin kahdesti',
    myRequests: 'Pyyntöni',
    newRequest: 'Uusi pyyntö',
    description: 'Kuvaus',
    submitRequest: 'Lähetä pyyntö',
    you: 'Sinä',
    portalPromised: /15\.1\.2030/,
    portalTimeZone: 'Europe/Helsinki',
  },
} as const;

for (const language of ['ja', 'fi'] as const) {
  const w = words[language];

  test(`an agent works a ticket from sign-in to solved in ${language}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const agent = await createUser(request, 'agent', {
      language,
      timeZone: language === 'ja' ? 'Asia/Tokyo' : 'Europe/Helsinki',
    });
    await signInAnyLanguage(page, agent.email, agent.password);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { name: w.inbox })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: w.newTicket }).click();
    await expect(page.getByRole('heading', { name: w.logContact })).toBeVisible();
    await expect(page.getByRole('combobox', { name: w.channel })).toHaveValue(w.phone);
    const customerName = unique(w.customerName);
    await page.getByRole('button', { name: w.newCustomer }).click();
    const dialog = page.getByRole('dialog', { name: w.newCustomer });
    await dialog.getByRole('textbox', { name: w.name, exact: true }).fill(customerName);
    await dialog.getByRole('textbox', { name: w.phoneField, exact: true }).fill('+81 3 1234 5678');
    await dialog.getByRole('button', { name: w.createCustomer }).click();
    await expect(dialog).toBeHidden();

    const subject = unique(w.ticketSubject);
    await page.getByRole('textbox', { name: w.subject, exact: true }).fill(subject);
    await page.getByRole('textbox', { name: w.concern }).fill(`${w.ticketSubject}。`);
    await page.locator('input[type="datetime-local"]').fill(w.promisedInput);
    await expectAccessible(page);
    await screenshot(page, `${language}-new-ticket`);
    await page.getByRole('button', { name: w.createTicket }).click();
    await expect(page).toHaveURL(/\/tickets\/\d+$/);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible();
    // The promise is read and shown in the agent's own time zone and date order.
    await expect(page.getByText(w.promised)).toBeVisible();
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const saved = await call<{ promisedBy: string }>(
      request,
      await apiToken(request),
      'GET',
      `/api/v1/tickets/${id}`,
    );
    expect(Date.parse(saved.promisedBy)).toBe(Date.parse('2030-01-15T10:00:00Z'));

    await page.getByRole('textbox', { name: w.yourReply }).click();
    await page.keyboard.type(
      language === 'ja' ? '二重請求分を返金いたしました。' : 'Palautimme tuplaveloituksen.',
    );
    await page.getByRole('button', { name: w.sendReply }).click();
    await expect(page.getByRole('article', { name: w.messageFrom(agent.name) })).toBeVisible();

    await page.getByRole('combobox', { name: w.status, exact: true }).click();
    await page.getByRole('option', { name: w.solved }).click();
    await expect(page.getByRole('combobox', { name: w.status, exact: true })).toHaveValue(w.solved);
    await expect(page.getByRole('region', { name: w.actionsTaken })).toContainText(w.solved);
    await expectAccessible(page);
    await screenshot(page, `${language}-ticket`);

    // The customer is found by a part of the name, in its own script.
    await page.goto(`/customers?q=${encodeURIComponent(w.customerPart)}`);
    await expect(page.getByRole('link', { name: customerName })).toBeVisible();
    await expectAccessible(page);
  });

  test(`a customer follows a request in the help center in ${language}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const token = await apiToken(request);
    const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
      name: unique(w.customerName),
      language,
    });
    const login = await createUser(request, 'customer', {
      customerId: customer.id,
      timeZone: w.portalTimeZone,
    });
    const earlier = unique(w.ticketSubject);
    const ticket = await call<Created>(request, token, 'POST', '/api/v1/tickets', {
      subject: earlier,
      channel: 'phone',
      customerId: customer.id,
      promisedBy: '2030-01-15T10:00:00Z',
    });
    await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      body: '<p>Ō Ő Ā Ä 太田</p>',
    });

    // The browser speaks English; the customer record's language wins once signed in.
    await signInAnyLanguage(page, login.email, login.password, '/portal/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { name: w.myRequests })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `${language}-portal-requests`);

    await page.getByRole('link', { name: w.newRequest }).first().click();
    const subject = unique(w.ticketSubject);
    await page.getByRole('textbox', { name: w.subject, exact: true }).fill(subject);
    await page.getByRole('textbox', { name: w.description, exact: true }).fill(w.ticketSubject);
    await expectAccessible(page);
    await page.getByRole('button', { name: w.submitRequest }).click();
    await expect(page.getByRole('heading', { name: subject })).toBeVisible();

    await page.goto(`/portal/requests/${ticket.id}`);
    await expect(page.getByText('Ō Ő Ā Ä 太田')).toBeVisible();
    await expect(page.getByText(w.portalPromised)).toBeVisible();
    await page.getByRole('textbox', { name: w.yourReply }).fill(w.ticketSubject);
    await page.getByRole('button', { name: w.sendReply }).click();
    await expect(page.getByRole('article', { name: w.messageFrom(w.you) })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `${language}-portal-request`);
  });
}

test('a Latvian customer switches the help center to Latvian, and the record keeps it', async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Jānis Bērziņš'),
  });
  const login = await createUser(request, 'customer', { customerId: customer.id });
  await signInAnyLanguage(page, login.email, login.password, '/portal/sign-in');
  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitem', { name: 'Latviešu' }).click();
  await expect(page.getByRole('heading', { name: 'Mani pieprasījumi' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  await expect
    .poll(
      async () =>
        (
          await call<{ language?: string }>(
            request,
            token,
            'GET',
            `/api/v1/customers/${customer.id}`,
          )
        ).language,
    )
    .toBe('lv');
  await expectAccessible(page);
  await screenshot(page, 'lv-portal-requests');
});

/** Data that fills the inbox with long words, badges and a customer losing money. */
async function inboxData(request: APIRequestContext) {
  const token = await apiToken(request);
  const tag = unique('layout').replace(/\s+/g, '-');
  const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: unique('Őrs Kovács-Hämäläinen'),
  });
  const ticket = await call<Created>(request, token, 'POST', '/api/v1/tickets', {
    subject: unique('Asiakaspalvelujärjestelmäkokonaisuus ei vastaa'),
    channel: 'phone',
    customerId: customer.id,
    customerLosingMoney: true,
    tags: [tag],
  });
  for (const priority of ['high', 'normal', 'low']) {
    await call(request, token, 'POST', '/api/v1/tickets', {
      subject: unique('Számlázási probléma'),
      channel: 'email',
      customerId: customer.id,
      priority,
      tags: [tag],
    });
  }
  return { tag, customer, ticket };
}

/** The inbox at a width: one line per ticket number, whole badges, one-line filter controls. */
async function expectDenseInbox(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await settled(page);
  await expectNoHorizontalOverflow(page);
  const numbers = page.getByTestId('ticket-row').locator('td:nth-child(2) p');
  for (const cell of await numbers.all()) {
    const lines = await cell.evaluate((el) => el.getClientRects().length);
    const height = await cell.evaluate((el) => el.getBoundingClientRect().height);
    expect(lines).toBe(1);
    expect(height).toBeLessThan(30);
  }
  const truncated = await page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent),
  );
  expect(truncated, 'truncated badges').toEqual([]);
  const search = await page.getByRole('search').locator('input').first().boundingBox();
  const status = await page
    .getByRole('search')
    .getByRole('button', { name: /:/ })
    .first()
    .boundingBox();
  expect(Math.abs((status?.height ?? 0) - (search?.height ?? 0))).toBeLessThan(4);
}

for (const language of ['en', 'fi', 'ja', 'hu', 'lv'] as const) {
  test(`the main screens hold up and are accessible in ${language}`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const { tag, customer, ticket } = await inboxData(request);
    await page.addInitScript((l) => localStorage.setItem('kaiku.language', l), language);
    await signInAnyLanguage(page, admin.email, admin.password);
    await page.goto(`/tickets?view=all-open&tag=${encodeURIComponent(tag)}`);
    await expect(page.getByTestId('ticket-row')).toHaveCount(4);
    for (const width of [1280, 1440, 1920]) await expectDenseInbox(page, width);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAccessible(page);
    await screenshot(page, `${language}-inbox`);

    for (const path of [
      `/tickets/${ticket.id}`,
      '/tickets/new',
      `/customers/${customer.id}`,
      '/workload',
      '/compensations/pending',
      '/admin/outbox',
    ]) {
      await page.goto(path);
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
    }
    await screenshot(page, `${language}-workload`);
  });
}
