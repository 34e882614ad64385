// The lessons: reached from the list at the top, each with its own starting code, and a
// prediction compared with the run once the learner has seen its end.
import { test, expect, wasmStarted } from '../fixtures.js';

test('the deadlock lesson, reached from the lesson list, tells a wrong prediction what the run says', async ({ page }) => {
  await page.goto('./');
  await wasmStarted(page);
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: 'Deadlock' }).click();
  await wasmStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deadlock: waiting for each other forever');
  await expect(page.getByRole('textbox', { name: 'Code editor' })).toHaveValue(/fork = threading\.Lock\(\)/);
  await page.getByRole('radio', { name: 'Nobody ever eats' }).check();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText('the run says “Both eat, then "dinner is over"”')).toBeVisible();
  await expect(page.getByRole('log', { name: 'Console' })).toContainText('dinner is over');
});
