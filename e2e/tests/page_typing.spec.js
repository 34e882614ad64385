// Typing as a learner types: at a human pace, stopping to think while the code is wrong. Every
// keystroke must land in the code while the page reruns it, shows and clears error marks, and
// redraws the console and timeline; the final text must equal what was typed, character for
// character, and a reload must show the same. Each case runs at a desktop and a phone width.
import { test, expect, wasmStarted, editor, consoleLog, button, openPage } from '../fixtures.js';

/** About a human's typing speed, in milliseconds per key. */
const KEY_DELAY = 120;
/** Long enough for the rerun after typing (350 ms) and its error marks to show. */
const THINK = 1500;

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

const daemonSwitch = (page) => page.getByRole('switch', { name: 'daemon', exact: true });
const errorSummary = (page) => page.locator('.error-summary');

/** Types `text` key by key at a human pace (a "\n" presses Enter, which indents as the editor does). */
async function typeSlowly(page, text) {
  await page.keyboard.type(text, { delay: KEY_DELAY });
}

/** Stops to think, then checks that the editor still has focus. */
async function think(page) {
  await page.waitForTimeout(THINK);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Code editor');
}

/** Clicks at the end of the code and returns the code as it was. */
async function caretAtEnd(page) {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  return editor(page).inputValue();
}

/** The code is exactly `expected`, and stays so after a reload. */
async function expectKept(page, expected) {
  await expect(editor(page)).toHaveValue(expected);
  await page.reload();
  await wasmStarted(page);
  await expect(editor(page)).toHaveValue(expected);
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`typing at ${name} width`, () => {
    test.use({ viewport });

    test('an open bracket: typing goes on through the error mark and its clearing', async ({ page }) => {
      await openPage(page, './?lesson=daemon');
      const original = await caretAtEnd(page);
      await typeSlowly(page, '\nx = (1 +\n');
      await think(page);
      await expect(errorSummary(page)).toContainText("'(' was never closed");
      await typeSlowly(page, '2)\nprint(x)');
      await think(page);
      await expect(errorSummary(page)).toHaveCount(0);
      await expect(consoleLog(page)).toContainText('main: finished');
      await expectKept(page, `${original}\nx = (1 +\n2)\nprint(x)`);
    });

    test('an unterminated string, then more lines after the fix', async ({ page }) => {
      await openPage(page, './?lesson=race');
      const original = await caretAtEnd(page);
      await typeSlowly(page, '\nprint("half');
      await think(page);
      await expect(errorSummary(page)).toContainText('unterminated string literal');
      await typeSlowly(page, ' done")');
      await think(page);
      await typeSlowly(page, '\nprint(1 +');
      await think(page);
      await typeSlowly(page, ' 1)');
      await think(page);
      await expect(consoleLog(page)).toContainText('half done');
      await expectKept(page, `${original}\nprint("half done")\nprint(1 + 1)`);
    });

    test('a bad indent, fixed by retyping the line', async ({ page }) => {
      await openPage(page, './?lesson=daemon');
      const original = await caretAtEnd(page);
      // The lesson's code ends with a line break, after an `if` block indented by four
      // spaces: eight are an unexpected indent.
      await typeSlowly(page, '\n        z = 1');
      await think(page);
      await expect(errorSummary(page)).toContainText('unexpected indent');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await typeSlowly(page, 'z = 2');
      await think(page);
      await expect(errorSummary(page)).toHaveCount(0);
      await typeSlowly(page, '\nprint(z * 21)');
      await think(page);
      await expect(consoleLog(page)).toContainText('42');
      await expectKept(page, `${original}\nz = 2\nprint(z * 21)`);
    });

    test('select all and delete while an error shows, then a new program', async ({ page }) => {
      await openPage(page, './?lesson=deadlock');
      await caretAtEnd(page);
      await typeSlowly(page, '\nfor');
      await think(page);
      await expect(errorSummary(page)).toBeVisible();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await think(page);
      await expect(editor(page)).toHaveValue('');
      await typeSlowly(page, 'name = "fresh');
      await think(page);
      await typeSlowly(page, '"\nprint(name)');
      await think(page);
      await expect(consoleLog(page)).toContainText('fresh');
      await expectKept(page, 'name = "fresh"\nprint(name)');
    });

    test('paste over a selection while an error shows', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openPage(page, './?lesson=daemon');
      const original = await caretAtEnd(page);
      await typeSlowly(page, '\nprint([1, 2');
      await think(page);
      await expect(errorSummary(page)).toContainText("'[' was never closed");
      // Select the "2" and paste a longer ending over it.
      await page.keyboard.press('Shift+ArrowLeft');
      await page.evaluate(() => navigator.clipboard.writeText('2, 3])'));
      await page.keyboard.press('Control+v');
      await think(page);
      await expect(errorSummary(page)).toHaveCount(0);
      await typeSlowly(page, '\nprint("pasted")');
      await think(page);
      await expect(consoleLog(page)).toContainText('[1, 2, 3]');
      await expectKept(page, `${original}\nprint([1, 2, 3])\nprint("pasted")`);
    });

    test('Ctrl+Z undoes a daemon switch flip in one step, Ctrl+Shift+Z redoes it', async ({ page }) => {
      await openPage(page, './?lesson=daemon');
      const original = await caretAtEnd(page);
      await typeSlowly(page, '\nprint("mine")');
      const typed = `${original}\nprint("mine")`;
      await expect(editor(page)).toHaveValue(typed);
      const flipped = typed.replace('daemon=False', 'daemon=True');

      // Flip, then undo and redo with the switch still focused.
      await daemonSwitch(page).click();
      await expect(editor(page)).toHaveValue(flipped);
      await expect(daemonSwitch(page)).toBeFocused();
      await page.keyboard.press('Control+z');
      await expect(editor(page)).toHaveValue(typed);
      await expect(daemonSwitch(page)).not.toBeChecked();
      await page.keyboard.press('Control+Shift+z');
      await expect(editor(page)).toHaveValue(flipped);
      await expect(daemonSwitch(page)).toBeChecked();

      // In the editor, undo takes back the flip first, then the typing.
      await editor(page).click();
      await page.keyboard.press('Control+z');
      await expect(editor(page)).toHaveValue(typed);
      await page.keyboard.press('Control+Shift+z');
      await expect(editor(page)).toHaveValue(flipped);
      await expect(consoleLog(page)).toContainText('Stopped at exit');
      await expectKept(page, flipped);
    });
  });
}

test('Reset code can be undone, and typing after it lands', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  const original = await caretAtEnd(page);
  await typeSlowly(page, '\nprint("keep me")');
  const mine = `${original}\nprint("keep me")`;
  page.once('dialog', (d) => d.accept());
  await button(page, 'Reset code').click();
  await expect(editor(page)).toHaveValue(original);
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(mine);
  await expectKept(page, mine);
});
