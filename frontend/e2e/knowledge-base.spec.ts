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

async function publicSection(request: Parameters<typeof apiToken>[0], token: string) {
  const category = await call<Created>(
    request,
    token,
    'POST',
    '/api/v1/knowledge-base/categories',
    {
      names: { en: unique('Orders'), ja: 'ご注文' },
      visibility: 'public',
    },
  );
  const sectionName = unique('Returns');
  const section = await call<Created>(request, token, 'POST', '/api/v1/knowledge-base/sections', {
    categoryId: category.id,
    names: { en: sectionName, ja: '返品と返金' },
    visibility: 'public',
  });
  return { categoryId: category.id, sectionId: section.id, sectionName };
}

test.describe('knowledge base', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a customer on a phone finds an answer in Japanese by a word in the middle of a sentence', async ({
    page,
    request,
  }) => {
    const token = await apiToken(request);
    const { sectionId } = await publicSection(request, token);
    const product = `カイク${Date.now().toString().slice(-5)}`;
    const article = await call<Created>(request, token, 'POST', '/api/v1/knowledge-base/articles', {
      sectionId,
      visibility: 'public',
      translations: [
        {
          language: 'ja',
          title: `${product}の商品を返品する方法`,
          bodyHtml: `<p>お受け取りから三十日以内であれば、${product}の商品を送料無料で返品できます。</p>`,
          state: 'published',
        },
        {
          language: 'en',
          title: `How to return a ${product} product`,
          bodyHtml: '<p>Return it within 30 days.</p>',
          state: 'published',
        },
      ],
    });

    await page.goto('/help/ja');
    await expect(page.getByRole('heading', { name: 'どのようなご用件でしょうか？' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('searchbox', { name: 'ヘルプセンターを検索' }).fill('送料無料');
    await page.getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/\/help\/ja\/search\?q=/);
    const result = page.getByRole('article', { name: `${product}の商品を返品する方法` });
    await expect(result.locator('mark').first()).toHaveText('送料');
    await screenshot(page, 'help-center-search-ja');
    await result.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/help/ja/articles/${article.id}`));
    await expect(
      page.getByRole('heading', { name: `${product}の商品を返品する方法` }),
    ).toBeVisible();
    await expect(page.getByText('三十日以内であれば')).toBeVisible();
    await expectAccessible(page);
    // The same article in another language, from the article itself.
    await page.getByRole('link', { name: `How to return a ${product} product` }).click();
    await expect(page).toHaveURL(new RegExp(`/help/en/articles/${article.id}`));
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('status')).toHaveText(/Thank you/);
  });

  test('while a customer types a request an article is suggested, and "this answered my question" deflects it', async ({
    page,
    request,
  }) => {
    const token = await apiToken(request);
    const { sectionId } = await publicSection(request, token);
    const gadget = `Vexel${Date.now().toString(36)}`;
    const title = `${gadget} router blinks red`;
    const article = await call<Created>(request, token, 'POST', '/api/v1/knowledge-base/articles', {
      sectionId,
      visibility: 'public',
      translations: [
        {
          language: 'en',
          title,
          bodyHtml: `<p>A red light on the ${gadget} router means it lost the connection. Restart it.</p>`,
          state: 'published',
        },
      ],
    });
    const before = await call<{ deflections: number }>(
      request,
      token,
      'GET',
      '/api/v1/knowledge-base/reports/self-service',
    );
    const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
      name: unique('Ilmari Asiakas'),
    });
    const login = await createUser(request, 'customer', { customerId: customer.id });
    await signIn(page, login.email, login.password, '/portal/sign-in');
    await page.goto('/portal/requests/new');
    await page.getByRole('textbox', { name: 'Subject' }).fill(`My ${gadget} rout`);
    const suggestion = page.getByRole('link', { name: title });
    await expect(suggestion).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'portal-deflection');
    await page.getByRole('button', { name: `“${title}” answered my question` }).click();
    await expect(page.getByRole('status')).toContainText('did not create a request');
    await expect
      .poll(async () => {
        const report = await call<{ deflections: number }>(
          request,
          token,
          'GET',
          '/api/v1/knowledge-base/reports/self-service',
        );
        return report.deflections;
      })
      .toBe(before.deflections + 1);
    expect(article.id).toBeGreaterThan(0);
  });
});

test("an agent creates an article from a solved ticket, without the customer's personal data", async ({
  page,
  request,
}) => {
  const token = await apiToken(request);
  const { sectionName } = await publicSection(request, token);
  const customer = await call<Created>(request, token, 'POST', '/api/v1/customers', {
    name: 'Kaarina Lahtinen',
    email: `kaarina.${Date.now()}@example.fi`,
    phone: '+358 50 111 2233',
  });
  const subject = unique('Laskun kopio puuttuu');
  const ticket = await call<Created>(request, token, 'POST', '/api/v1/tickets', {
    subject,
    description:
      'Hei, en löydä lokakuun laskua. Soittakaa numeroon 050 111 2233. Terveisin Kaarina',
    channel: 'email',
    customerId: customer.id,
  });
  await call(request, token, 'POST', `/api/v1/tickets/${ticket.id}/messages`, {
    kind: 'reply',
    body: '<p>Hei Kaarina,</p><p>laskun kopion saa ladattua kohdasta Laskutus.</p>',
    status: 'solved',
  });
  const agent = await createUser(request, 'agent');
  await signIn(page, agent.email, agent.password);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole('link', { name: 'Create article' }).click();
  await expect(page).toHaveURL(/\/knowledge-base\/new\?fromTicket=/);
  await expect(page.getByRole('note')).toContainText('personal data');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(subject);
  await expect(page.getByText('laskun kopion saa ladattua')).toBeVisible();
  await expect(page.getByText('Kaarina')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Section' }).click();
  await page.getByRole('option', { name: new RegExp(sectionName) }).click();
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/knowledge-base\/articles\/\d+$/);
  await expectAccessible(page);
  await screenshot(page, 'knowledge-base-editor');
  const id = Number(page.url().split('/').pop());
  const created = await call<{
    sourceTicket: { id: number };
    translations: { bodyHtml: string }[];
  }>(request, token, 'GET', `/api/v1/knowledge-base/articles/${id}`);
  expect(created.sourceTicket.id).toBe(ticket.id);
  expect(created.translations[0]!.bodyHtml).not.toContain('2233');
  expect(created.translations[0]!.bodyHtml).not.toContain('Kaarina');
});
