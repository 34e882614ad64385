// `test` for every e2e spec: like Playwright's, but a test fails when the page logs a console
// error, throws, or a request fails or answers 4xx/5xx. Import it instead of @playwright/test:
//   import { test, expect } from '../fixtures.js';
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  problems: [
    async ({ page }, use) => {
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await use(problems);
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until Trunk's loader has instantiated the wasm module and run its `main`. */
export async function wasmStarted(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30_000 });
}

// The page's parts, by role and accessible name, shared by the page specs.
export const editor = (page) => page.getByRole('textbox', { name: 'Code editor' });
export const consoleLog = (page) => page.getByRole('log', { name: 'Console' });
export const button = (page, name) => page.getByRole('button', { name, exact: true });

/** Opens the playground at `url` and waits until it is ready for its first step. */
export async function openPage(page, url = './') {
  await page.goto(url);
  await wasmStarted(page);
  await expect(page.getByText('Before the first step')).toBeVisible();
}

/** Collects the names of the module files (`py/NAME.py`) the page fetches from now on. */
export function moduleRequests(page) {
  const names = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/py\/([a-z_]+\.py)$/);
    if (m) names.push(m[1]);
  });
  return names;
}
