import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const admin = {
  email: process.env.KAIKU_E2E_ADMIN_EMAIL ?? 'admin@kaiku.test',
  password: process.env.KAIKU_E2E_ADMIN_PASSWORD ?? 'admin-password-1',
};

/** Unique per run, so the suite can run again against the same database. */
export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

export async function apiToken(
  request: APIRequestContext,
  email = admin.email,
  password = admin.password,
) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Calls the API as the given token holder and returns the JSON body, failing loudly otherwise. */
export async function call<T>(
  request: APIRequestContext,
  token: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    data,
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(
    response.ok(),
    `${method} ${path}: ${response.status()} ${await response.text()}`,
  ).toBeTruthy();
  return (await response.json()) as T;
}

export async function createUser(
  request: APIRequestContext,
  role: 'agent' | 'customer',
  extra: Record<string, unknown> = {},
) {
  const token = await apiToken(request);
  const email = `${unique(role).replace(/\s+/g, '.')}@example.com`.toLowerCase();
  const password = 'correct-horse-battery';
  const name = unique(role === 'agent' ? 'Agent' : 'Customer');
  await call(request, token, 'POST', '/api/v1/users', { name, email, password, role, ...extra });
  return { name, email, password };
}

export async function signIn(page: Page, email: string, password: string, path = '/sign-in') {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

/** Fails on serious accessibility problems (axe), the kind that block keyboard and screen-reader users. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(', ')})`,
    ),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
