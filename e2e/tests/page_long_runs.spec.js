// Long runs on the page: the engine runs in slices between frames, so an endless loop never
// freezes the page. While it runs the page counts instructions, the editor takes typing and the
// buttons answer; the run then ends with the budget message. A loop that sleeps, which records
// thread events on every turn, is stopped at the page's step limit. A long but finite loop (more
// than the old one-shot budget allowed) finishes with its output.
import { test, expect, editor, consoleLog, button, openPage } from '../fixtures.js';

const now = (page) => page.locator('.now');

test('an endless loop leaves the page responsive and ends with the budget message', async ({ page }) => {
  await openPage(page);
  await editor(page).fill('while True:\n    pass\n');
  await expect(now(page)).toHaveText(/^Running… \d+\.\d M instructions \(a run stops at 50 M\)\.$/);
  // Typing goes into the editor while the loop runs (and starts a new run of the new text).
  await editor(page).press('Control+End');
  await page.keyboard.type('# still typing');
  await expect(editor(page)).toHaveValue('while True:\n    pass\n# still typing');
  // A button answers too: the help opens while the run is still going.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(now(page)).toHaveText(/^Running… /);
  await expect(now(page)).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'Close' }).click();

  await expect(consoleLog(page)).toContainText('the program may loop forever', { timeout: 30_000 });
  await expect(consoleLog(page)).toContainText(
    /Line steps after step \d+ were not recorded, to save memory; output and thread events are complete\./,
  );
  await expect(now(page)).not.toHaveAttribute('aria-busy');
  await expect(now(page)).toHaveText(/instruction budget ran out.*\(line steps after step \d+ were not recorded\)$/);
});

test('a worker that sleeps in a loop is stopped when the run has recorded as many steps as the page keeps', async ({ page }) => {
  await openPage(page);
  await editor(page).fill(
    'import threading, time\ndef worker():\n    while True:\n        time.sleep(1)\n' +
      'threading.Thread(target=worker).start()\n',
  );
  await expect(consoleLog(page)).toContainText(
    /Stopped at t = [\d.]+ s: the run recorded \d+ steps, as many as the page keeps, so the program may loop forever\./,
    { timeout: 30_000 },
  );
  // The end can still be stepped: the worker is asleep there.
  await button(page, 'Step back').click();
  await expect(now(page)).toHaveText(/Thread-1 \(worker\)/);
});

test('a long but finite loop finishes with its output', async ({ page }) => {
  await openPage(page);
  await editor(page).fill('total = 0\nfor i in range(3000000):\n    total += i\nprint("total", total)\n');
  await expect(now(page)).toHaveText(/^Running… /);
  await expect(consoleLog(page)).toContainText('Exited with status 0', { timeout: 30_000 });
  await expect(page.locator('.console .line:not(.status) .text')).toHaveText(['total 4499998500000']);
});
