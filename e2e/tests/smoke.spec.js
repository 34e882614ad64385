// The built page loads, starts its WebAssembly and logs no error, both at the root of a host
// and under a sub-path (every asset URL in dist/ must be relative).
import { test, expect, wasmStarted } from '../fixtures.js';
import { SUBPATH, SUBPATH_URL } from '../urls.js';

test('the page loads at the root and starts its wasm', async ({ page }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('./');
  await expect(page).toHaveTitle(/threadplay/);
  expect((await wasm).status()).toBe(200);
  await wasmStarted(page);
});

test(`the page loads under the sub-path ${SUBPATH}`, async ({ page }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto(SUBPATH_URL);
  await expect(page).toHaveTitle(/threadplay/);
  const response = await wasm;
  expect(response.status()).toBe(200);
  expect(new URL(response.url()).pathname.startsWith(SUBPATH)).toBe(true);
  await wasmStarted(page);
});
