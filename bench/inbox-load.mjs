// Measures how long the agent inbox takes to become interactive in a real browser:
// from navigation to the first page of tickets rendered, with the SPA served by the backend.
// Usage: node bench/inbox-load.mjs http://localhost:8080 agent@example.com password [runs]
import { createRequire } from 'node:module';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base = 'http://localhost:8080', email, password, runs = '5'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${base}/sign-in`);
await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));

const timings = [];
for (let i = 0; i < Number(runs); i++) {
  for (const view of ['all-open', 'my-open', 'unassigned']) {
    const start = Date.now();
    // A full load each time: HTML, JavaScript, session restore, counts and the first page.
    await page.goto(`${base}/tickets?view=${view}`, { waitUntil: 'commit' });
    await page.getByTestId('ticket-row').first().waitFor();
    timings.push({ view, ms: Date.now() - start });
  }
}
await browser.close();
const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
for (const t of timings) console.log(`${t.view.padEnd(12)} ${t.ms} ms`);
console.log(`inbox interactive: median ${sorted[Math.floor(sorted.length / 2)]} ms, worst ${sorted.at(-1)} ms over ${sorted.length} loads`);
