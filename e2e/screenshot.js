// Takes a screenshot of the served page in Debian's headless Chromium (the README's picture):
//   make serve   # in another terminal
//   node e2e/screenshot.js [URL] [OUT.png]
import { chromium } from '@playwright/test';
import config from './playwright.config.js';

const [url = 'http://127.0.0.1:8080/', out = 'docs/screenshot.png'] = process.argv.slice(2);
const browser = await chromium.launch(config.use.launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => m.type() === 'error' && console.error(`console error: ${m.text()}`));
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`${out}: ${await page.title()} at ${url}`);
} finally {
  await browser.close();
}
