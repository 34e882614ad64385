// Controls that do what a learner expects: shortcuts work while a daemon switch has focus,
// Play at the end starts again, Reset code asks only when there is something to lose; an
// unknown lesson name is said plainly; an embed does not ask for a prediction it has no box for.
import { test, expect, editor, consoleLog, button, openPage, wasmStarted } from '../fixtures.js';

const daemonSwitch = (page) => page.getByRole('switch', { name: 'daemon', exact: true });
const stepText = (page) => page.locator('.now');

test('the step shortcuts work while a daemon switch has focus, and Space still flips it', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await daemonSwitch(page).focus();
  await page.keyboard.press('End');
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await page.keyboard.press('Home');
  await expect(stepText(page)).toContainText('Before the first step');
  await page.keyboard.press('.');
  await expect(stepText(page)).not.toContainText('Before the first step');
  await expect(daemonSwitch(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(daemonSwitch(page)).toBeChecked();
});

test('Play at the end of a run starts again from the beginning', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  const scrubber = page.getByRole('slider', { name: 'Position in the run' });
  const end = await scrubber.getAttribute('max');
  await expect(scrubber).toHaveValue(end);
  // Slowly (2 steps a second), so that the restart is seen before the end comes again.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  // It went back to the start and plays forward again.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(Number(await scrubber.inputValue())).toBeLessThan(3);
  await expect(consoleLog(page)).not.toContainText('Exited with status 0');
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('Reset code asks nothing when the code is the lesson\'s own', async ({ page }) => {
  await openPage(page, './?lesson=race');
  const original = await editor(page).inputValue();
  let asked = 0;
  page.on('dialog', (d) => {
    asked += 1;
    d.accept();
  });
  await button(page, 'Reset code').click();
  await expect(editor(page)).toHaveValue(original);
  expect(asked).toBe(0);
  // Changed code: the question comes, and yes restores the lesson's code.
  await editor(page).fill(original + '\nprint("mine")');
  await button(page, 'Reset code').click();
  await expect(editor(page)).toHaveValue(original);
  expect(asked).toBe(1);
});

test('an unknown lesson name is said plainly, with the lessons there are', async ({ page }) => {
  await page.goto('./?lesson=deamon');
  await wasmStarted(page);
  await expect(page.getByRole('alert')).toHaveText(
    'There is no lesson named “deamon”. The lessons are: daemon (Daemon threads), race (Race conditions), ' +
      'deadlock (Deadlock). Showing “Daemon threads”.',
  );
  await expect(editor(page)).toHaveValue(/daemon=False/);
});

test('an embed does not ask for a prediction it has no box for', async ({ page }) => {
  await page.goto('./?embed&lesson=daemon');
  await wasmStarted(page);
  await expect(page.getByText('Before the first step. Press Run to see the whole run')).toBeVisible();
  await expect(page.getByText('Predict what the program prints')).toHaveCount(0);
});

test("threadplay's own notes are labelled as its, and a deadlock is reported once", async ({ page }) => {
  await openPage(page, './?lesson=deadlock');
  // With a pause between the two pieces of cutlery, CPython's own order deadlocks.
  const lesson = await editor(page).inputValue();
  await editor(page).fill(
    lesson.replace('import threading\n', 'import threading\nimport time\n').replace('        with second:', '        time.sleep(0.1)\n        with second:'),
  );
  await expect(consoleLog(page)).toContainText('Deadlock at t = ');
  await expect(consoleLog(page)).not.toContainText('[threadplay: deadlock');
  await editor(page).fill('name = input()\nprint("hello", repr(name))');
  await expect(consoleLog(page)).toContainText("hello ''");
  const note = page.locator('.console .line', { hasText: 'input() has no keyboard here' });
  await expect(note.locator('.who')).toHaveText('threadplay');
});

test('the scrubber tells its position in words, and only the step text is a live region', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  const scrubber = page.getByRole('slider', { name: 'Position in the run' });
  const end = await scrubber.getAttribute('max');
  await expect(scrubber).toHaveAttribute('aria-valuetext', `step ${end} of ${end}, t = 10.000 s`);
  await expect(page.getByLabel('Virtual clock')).toHaveAttribute('aria-live', 'off');
  await expect(page.locator('#workbench [aria-live="polite"]')).toHaveCount(1);
});

test('every thread can be told apart: pool workers by the end of their names, the ninth thread by shape', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openPage(page, './?lesson=daemon');
  await editor(page).fill(
    [
      'import threading',
      'from concurrent.futures import ThreadPoolExecutor',
      'import time',
      'def job(n):',
      '    time.sleep(0.01 * n)',
      '    print("job", n)',
      'with ThreadPoolExecutor(max_workers=3) as pool:',
      '    list(pool.map(job, [1, 2, 3]))',
      'ts = [threading.Thread(target=print, args=(i,)) for i in range(6)]',
      'for t in ts:',
      '    t.start()',
    ].join('\n'),
  );
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  const who = page.locator('.console .line .who:not(.continued)');
  // At a phone's width the short form shows; each worker keeps its own end.
  const narrow = await page.locator('.console .who .name-narrow:visible').allTextContents();
  expect(new Set(narrow.filter((n) => n.startsWith('Thre…0_')))).toEqual(new Set(['Thre…0_0', 'Thre…0_1', 'Thre…0_2']));
  await expect(page.locator('.console .who .name-wide:visible')).toHaveCount(0);
  const wide = await page.locator('.console .who .name-wide').allTextContents();
  expect(new Set(wide.filter((n) => n.startsWith('ThreadPo')))).toEqual(
    new Set(['ThreadPo…tor-0_0', 'ThreadPo…tor-0_1', 'ThreadPo…tor-0_2']),
  );
  // The full name is there on hover.
  await expect(who.filter({ hasText: 'tor-0_0' }).first()).toHaveAttribute('title', 'ThreadPoolExecutor-0_0');
  // MainThread, three workers, six threads: the ninth (index 8) repeats a colour with a new shape.
  const lanes = page.locator('.lane-name');
  await expect(lanes).toHaveCount(10);
  await expect(lanes.nth(0)).toHaveClass(/thread-0(?! shape)/);
  await expect(lanes.nth(8)).toHaveClass(/thread-0 shape-1/);
  await expect(lanes.nth(9)).toHaveClass(/thread-1 shape-1/);
});

test("at a phone's width the timeline's time labels do not overlap", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openPage(page, './?lesson=race');
  // Two threads that take turns for 10 ms: a timeline with many ticks.
  await editor(page).fill(
    'import threading, time\ndef work():\n    for _ in range(5):\n        time.sleep(0.001)\n' +
      'ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n',
  );
  await expect(consoleLog(page)).toContainText('Exited with status');
  const boxes = await page.locator('.tick:visible').evaluateAll((ticks) =>
    ticks.map((t) => {
      const r = t.getBoundingClientRect();
      return [r.left, r.right];
    }),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  boxes.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1]);
});
