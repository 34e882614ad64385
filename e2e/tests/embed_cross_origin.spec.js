// An embed framed by a course page of another origin: the page fetches its module files from
// its own origin, so they load there too.
import { test, expect, moduleRequests } from '../fixtures.js';
import { ROOT_URL, SUBPATH_URL } from '../urls.js';
import config from '../playwright.config.js';

// The host page below is made up by Playwright, so Chromium cannot tell that it comes from this
// machine and would block its frame from loading 127.0.0.1 (local network access checks).
test.use({
  launchOptions: {
    ...config.use.launchOptions,
    args: [...config.use.launchOptions.args, '--disable-features=LocalNetworkAccessChecks'],
  },
});

test('modules load in an embed framed by a page of another origin', async ({ page }) => {
  const fetched = moduleRequests(page);
  // The root server's origin (another port) frames the sub-path server's page.
  const host = `${ROOT_URL}course.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="data:,"><title>Course</title></head><body>
        <iframe id="tp" title="threadplay" src="${SUBPATH_URL}?embed&lesson=race" style="width:800px;height:900px"></iframe>
        </body></html>`,
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('#tp');
  await expect(frame.getByRole('textbox', { name: 'Code editor' })).toBeVisible();
  await frame.getByRole('textbox', { name: 'Code editor' }).fill(
    'import queue\nq = queue.Queue()\nq.put("across origins")\nprint(q.get())\n',
  );
  await expect(frame.getByRole('log', { name: 'Console' })).toContainText('across origins');
  expect([...fetched].sort()).toEqual(['collections.py', 'heapq.py', 'queue.py', 'threading_sync.py']);
});
