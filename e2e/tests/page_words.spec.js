// Words that are true and controls that do what a learner expects: waits name what a thread
// waits for (never itself), each thread's piece of a shared line keeps its thread and time,
// input()'s notice sits under its prompt, clock jumps are marked on the timeline, a long run can
// be stopped, the console shows all its lines on request and stays in view after Run.
import { test, expect, editor, consoleLog, button, openPage } from '../fixtures.js';

const rows = (page) => consoleLog(page).locator('.line');
const now = (page) => page.locator('.now');

/** Replaces the code and waits until its run is shown. */
async function runCode(page, code, ending = /Exited with status|Deadlock at/) {
  await editor(page).fill(code);
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText(ending, { timeout: 20_000 });
}

test('threads waiting for an Event are said to wait for it by name, never for themselves', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await runCode(
    page,
    'import threading, time\nready = threading.Event()\nslots = threading.Semaphore(1)\n' +
      'def waiter():\n    ready.wait()\n    with slots:\n        time.sleep(0.1)\n' +
      'ts = [threading.Thread(target=waiter) for _ in range(3)]\nfor t in ts:\n    t.start()\n' +
      'time.sleep(2)\nready.set()\n',
  );
  const titles = await page.locator('svg.lanes title').allTextContents();
  expect(titles.some((t) => t.includes('Thread-3 (waiter): blocked: waits for the Event ready to be set'))).toBe(true);
  expect(titles.some((t) => /waits for a free slot of the Semaphore slots \(held by Thread-\d \(waiter\)\)/.test(t))).toBe(true);
  for (const t of titles) {
    const name = t.split(':')[0];
    expect(t, 'a thread held up by itself').not.toContain(`held by ${name}`);
  }
  // Stepping to the first wait: the step text and the list of thread states say the same.
  await button(page, 'Reset').click();
  for (let i = 0; i < 40 && !(await now(page).textContent()).includes('waits for'); i++) {
    await button(page, 'Step').click();
  }
  await expect(now(page)).toContainText('Thread-1 (waiter) waits for the Event ready to be set');
  await expect(page.getByRole('list', { name: 'Threads at this step' })).toContainText(
    'Thread-1 (waiter): blocked: waits for the Event ready to be set, at line 5',
  );
});

test('each thread\'s piece of a shared line is shown with its own thread and time', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await runCode(
    page,
    'import threading, time\ndef a():\n    print("A-start ", end="")\n    time.sleep(0.1)\n    print("A-end")\n' +
      'def b():\n    time.sleep(0.05)\n    print("B-line")\n' +
      'threading.Thread(target=a).start()\nthreading.Thread(target=b).start()\n',
  );
  const texts = await rows(page).evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
  expect(texts.slice(0, 3)).toEqual([
    '0.000 Thread-1 (a) A-start',
    '0.050 Thread-2 (b) B-line',
    '0.100 Thread-1 (a) A-end',
  ]);
  // The piece stands where it is in the line: after the (invisible) text before it.
  const [first, piece] = await Promise.all([
    rows(page).nth(0).locator('.text').boundingBox(),
    rows(page).nth(1).locator('.piece-text').boundingBox(),
  ]);
  expect(piece.x).toBeGreaterThan(first.x + 40);
});

test('input()\'s notice comes right under its prompt', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await runCode(page, 'name = input("Name? ")\nprint("Hello", name)\n');
  const texts = await rows(page).locator('.text').allInnerTexts();
  expect(texts.slice(0, 3).map((t) => t.trim())).toEqual([
    'Name?',
    '[threadplay: input() has no keyboard here; it returned an empty line]',
    'Hello',
  ]);
});

test('the timeline marks every clock jump as a break, drawn shorter than it lasts', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  const breaks = await page.locator('svg.lanes .brk title').allTextContents();
  expect(breaks.length).toBeGreaterThan(0);
  expect(breaks[0]).toMatch(/^the clock jumps \d+\.\d{3} s ahead here \(drawn shorter\): no thread could run$/);
  await expect(page.getByRole('figure', { name: 'Timeline' })).toContainText('clock jump, drawn shorter');
});

test('Stop ends a long run where it stands; until then the old results are stale', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await editor(page).fill('print("looping")\nwhile True:\n    pass\n');
  await expect(button(page, 'Stop')).toBeVisible();
  // The previous run is still drawn, greyed, and cannot be stepped through.
  await expect(button(page, 'Step back')).toBeDisabled();
  await expect(page.getByRole('slider', { name: 'Position in the run' })).toBeDisabled();
  await expect(page.locator('.results')).toHaveAttribute('aria-disabled', 'true');
  await button(page, 'Stop').click();
  await expect(consoleLog(page)).toContainText(/Stopped at t = [\d.]+ s, as you asked, after \d+ steps/);
  await expect(consoleLog(page)).toContainText('looping');
  await expect(button(page, 'Stop')).toHaveCount(0);
  await expect(button(page, 'Step back')).toBeEnabled();
  await button(page, 'Step back').click();
  await expect(page.locator('.results')).not.toHaveAttribute('aria-disabled', 'true');
});

test('the console shows its earlier lines on request', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await runCode(page, 'for i in range(600):\n    print("line", i)\n');
  await expect(consoleLog(page)).toContainText('100 earlier lines are not shown.');
  await expect(consoleLog(page)).not.toContainText('line 0\n');
  await button(page, 'Show them').click();
  await expect(rows(page).filter({ hasText: /^.*line 0$/ })).toHaveCount(1);
  await expect(consoleLog(page)).not.toContainText('earlier lines are not shown');
});

for (const [width, height] of [[1024, 768], [1280, 800]]) {
  test(`after Run the output is in view at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openPage(page, './?lesson=daemon');
    await button(page, 'Run').click();
    await expect(consoleLog(page)).toContainText('Exited with status 0');
    await expect(async () => {
      const box = await consoleLog(page).locator('.status').boundingBox();
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }).toPass();
  });
}
