// The timeline: hidden until the learner runs or steps (it would give the prediction away), and
// a click lands on the step under the pointer, left or right.
import { test, expect, wasmStarted } from '../fixtures.js';

test('the timeline appears on Run and a click jumps to the step under the pointer', async ({ page }) => {
  await page.goto('./');
  await wasmStarted(page);
  const lanes = page.getByRole('img', { name: 'Thread states over the run; click to jump there' });
  await expect(lanes).toContainText('Run or Step to see what each thread does');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lanes).not.toContainText('Run or Step');
  const box = await lanes.boundingBox();
  const stepShown = async () => Number((await page.getByText(/^step \d+ \/ \d+$/).innerText()).split(' ')[1]);
  await lanes.click({ position: { x: box.width * 0.02, y: 5 } });
  const early = await stepShown();
  await lanes.click({ position: { x: box.width * 0.98, y: 5 } });
  const late = await stepShown();
  expect(early).toBeLessThan(5);
  expect(late).toBeGreaterThan(25);
});
