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
  role: 'agent' | 'manager' | 'customer',
  extra: Record<string, unknown> = {},
) {
  const token = await apiToken(request);
  const email = `${unique(role).replace(/\s+/g, '.')}@example.com`.toLowerCase();
  const password = 'correct-horse-battery';
  const name = unique({ agent: 'Agent', manager: 'Manager', customer: 'Customer' }[role]);
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

/** Signs in whatever the language of the page: by the fields' types, not their labels. */
export async function signInAnyLanguage(
  page: Page,
  email: string,
  password: string,
  path = '/sign-in',
) {
  await page.goto(path);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

/** Waits until nothing on the page is loading. */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
}

/**
 * Visible text (and placeholders) that did not come through i18next in the pseudo-locale: every
 * translated string is wrapped in ⟦ ⟧, so what is left with Latin words is hard-coded, unless it
 * is data the test knows (names, subjects, emails, ticket numbers).
 */
export async function untranslatedText(page: Page, data: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text) continue;
      // Avatars show initials of a name: data, not text.
      if (parent.closest('script, style, noscript, .ProseMirror, .mantine-Avatar-root')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      found.push(text);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('[placeholder]')) {
      if (input.checkVisibility() && input.placeholder) found.push(input.placeholder);
    }
    return found;
  });
  // Longest data first, so a name is removed before a shorter name inside it.
  const known = [...new Set(data.filter(Boolean))].sort((a, b) => b.length - a.length);
  return texts
    .map((text) => {
      let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
      for (const value of known) rest = rest.split(value).join(' ');
      return rest
        .replace(/\b[A-Z]{2,}-\d+\b/g, ' ') // ticket numbers
        .replace(/\S+@\S+/g, ' ') // email addresses
        .replace(/#[\w-]+/g, ' '); // tags
    })
    .filter((rest) => /[A-Za-z]{2,}/.test(rest))
    .map((rest) => rest.trim());
}

/** The page fits the window: nothing forces a horizontal scroll bar. */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}
