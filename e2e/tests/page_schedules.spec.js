// Other interleavings on the page: the "Schedule" control runs the code under a seeded random
// schedule ("New seed" draws another), "Switch points" names the model, and "Explore" lists
// every outcome found in the "Outcomes" region, each with "Show this run", which replays it.
import { test, expect, editor, consoleLog, button, openPage } from '../fixtures.js';

const schedule = (page) => page.getByRole('combobox', { name: 'Schedule' });

/** Two threads add one three times each, with a call between reading and writing. */
const RACE =
  'import threading\ncounter = 0\ndef ident(n):\n    return n\ndef work():\n    global counter\n' +
  '    for _ in range(3):\n        counter = ident(counter) + 1\n' +
  'ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    t.start()\n' +
  'for t in ts:\n    t.join()\nprint(counter)\n';

test('a random schedule shows its seed, and New seed draws another', async ({ page }) => {
  await openPage(page, './?lesson=race');
  await expect(schedule(page)).toHaveValue('fifo');
  await expect(page.getByRole('combobox', { name: 'Switch points' })).toContainText('CPython 3.11 (GIL)');
  await schedule(page).selectOption('random');
  await expect(page.getByText('seed 1', { exact: true })).toBeVisible();
  await expect(consoleLog(page)).toContainText(/Exited with status 0/);
  await button(page, 'New seed').click();
  await expect(page.getByText('seed 2', { exact: true })).toBeVisible();
  await expect(consoleLog(page)).toContainText(/Exited with status 0/);
  await schedule(page).selectOption('fifo');
  await expect(button(page, 'New seed')).toHaveCount(0);
});

test('Explore lists each outcome, and Show this run replays it', async ({ page }) => {
  await openPage(page, './?lesson=race');
  await editor(page).fill(RACE);
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await button(page, 'Explore').click();
  const outcomes = page.getByRole('region', { name: 'Outcomes' });
  await expect(outcomes).toContainText(/Explored \d+ runs: every schedule with at most 2 changes from CPython's order\. \d+ distinct outcomes\./, { timeout: 30_000 });
  const entries = outcomes.getByRole('listitem');
  expect(await entries.count()).toBeGreaterThan(1);
  await expect(entries.first()).toContainText('6');
  // A lost update: its differing line is marked.
  const second = entries.nth(1);
  const printed = (await second.locator('mark').first().innerText()).trim();
  expect(Number(printed)).toBeLessThan(6);
  await second.getByRole('button', { name: 'Show this run' }).click();
  await expect(schedule(page)).toHaveValue('replay');
  // The replayed run prints what the outcome says, and is the current run (not greyed).
  await expect(consoleLog(page).locator('.line .text').filter({ hasText: new RegExp(`^${printed}$`) })).toHaveCount(1);
  await expect(page.locator('.results')).not.toHaveAttribute('aria-disabled', 'true');
  // The timeline marks where the schedule chose otherwise than CPython's order.
  await expect(page.locator('svg.lanes .decision title').first()).toHaveText(
    "Here the schedule chose otherwise than CPython's own order",
  );
  await expect(outcomes.getByRole('button', { name: 'Explore further' })).toBeVisible();
});

test('You choose: the run stops where a thread blocked, and Run bob next runs bob', async ({ page }) => {
  await openPage(page, './?lesson=race');
  await editor(page).fill(
    'import threading\ngo = threading.Event()\ndef say(word):\n    go.wait()\n    print(word)\n' +
      "ts = [threading.Thread(target=say, args=(w,), name=w) for w in ('alice', 'bob')]\n" +
      'for t in ts:\n    t.start()\ngo.set()\nfor t in ts:\n    t.join()\n',
  );
  await expect(consoleLog(page)).toContainText('alice\nbob'.split('\n')[0]);
  await schedule(page).selectOption('manual');
  const choice = page.getByRole('group', { name: 'Which thread runs next' });
  await expect(choice).toBeVisible();
  await expect(consoleLog(page)).toContainText('Which thread runs next? You choose: pick one below.');
  await expect(button(page, 'Run alice next')).toBeVisible();
  await button(page, 'Run bob next').click();
  // Every later choice goes to bob's side too, until the run ends.
  for (let i = 0; i < 10 && (await button(page, 'Run bob next').count()) > 0; i++) {
    await button(page, 'Run bob next').click();
  }
  await expect(consoleLog(page)).toContainText(/Exited with status 0/);
  await expect(choice).toHaveCount(0);
  const texts = (await consoleLog(page).locator('.line .text').allInnerTexts()).map((t) => t.trim());
  expect(texts.slice(0, 2)).toEqual(['bob', 'alice']);
});
