// End-to-end tests of the built page (dist/, from `make build`) in Debian's Chromium.
// Never `npx playwright install`: the browser is /usr/bin/chromium (`make test-deps`).
//
// Two static servers (serve.js) serve the same dist/: one at the root, one under the
// sub-path /course/threads/, as a course site would host it. Every tests/*.spec.* file runs
// against the root one (`baseURL`); tests/smoke.spec.js also loads the sub-path one.
import { defineConfig } from '@playwright/test';
import { PORT, ROOT_URL, SUBPATH } from './urls.js';

// E2E_DIST tests another build than ../dist (e.g. one made with other Trunk options).
const dist = process.env.E2E_DIST ?? '../dist';
const server = (p, base) => ({
  command: `node serve.js --dir ${dist} --port ${p} --base ${base}`,
  url: `http://127.0.0.1:${p}${base}`,
  reuseExistingServer: false,
  stdout: 'pipe',
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'tests',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  webServer: [server(PORT, '/'), server(PORT + 1, SUBPATH)],
  use: {
    baseURL: ROOT_URL,
    browserName: 'chromium',
    // Each launch gets a fresh temporary profile (Playwright's own --user-data-dir).
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
});
