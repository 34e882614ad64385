// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, and best practices) finds nothing on any
// lesson, light or dark, at a desktop's or a phone's width, after a run and while stepping; and
// the keyboard alone reaches every control of the workbench, each visibly focused, without
// being kept in the code editor.
import { writeFile } from 'node:fs/promises';
import { test, expect, editor, consoleLog, button, openPage } from '../fixtures.js';
import { axeViolations, describeViolations } from '../a11y.js';

const LESSONS = ['daemon', 'race', 'deadlock'];
const SCHEMES = ['light', 'dark'];
const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };
const ENDED = /Exited with status|Deadlock at|Stopped at/;

/** Runs axe on the page, keeps what it found beside the test's results, and expects nothing. */
async function expectNoViolations(page, when) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    const file = test.info().outputPath(`axe-${when.replace(/\W+/g, '-')}.json`);
    await writeFile(file, JSON.stringify(violations, null, 2));
    await test.info().attach(`axe ${when}`, { path: file, contentType: 'application/json' });
  }
  expect.soft(violations.map((v) => v.id), describeViolations(violations, when)).toEqual([]);
}

for (const lesson of LESSONS) {
  for (const colorScheme of SCHEMES) {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      const where = `the ${lesson} lesson, ${colorScheme}, at a ${width}'s width`;
      test(`axe finds nothing on ${where}, after Run and while stepping`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await openPage(page, `./?lesson=${lesson}`);
        await button(page, 'Run').click();
        await expect(consoleLog(page)).toContainText(ENDED);
        await expectNoViolations(page, 'after Run');

        // Step from the start until a second thread is under way, and two steps more.
        await button(page, 'Reset').click();
        await expect(page.getByText('Before the first step')).toBeVisible();
        let since = -1; // steps since another thread than MainThread first moved
        for (let step = 1; since < 2; step++) {
          await button(page, 'Step').click();
          await expect(page.getByText(new RegExp(`^step ${step} / \\d+$`))).toBeVisible();
          if (since >= 0 || !(await page.locator('.now').innerText()).startsWith('MainThread')) since += 1;
          expect(step, 'a second thread starts within 40 steps').toBeLessThan(40);
        }
        await expectNoViolations(page, 'while stepping');
      });
    }
  }
}

// In the page: what a focused element is called, and what shows that it has focus.
function installFocusProbe() {
  const roleOf = (e) =>
    e.getAttribute('role') ??
    ({ A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox' }[e.tagName] ||
      (e.type === 'range' ? 'slider' : e.type === 'radio' ? 'radio' : e.tagName.toLowerCase()));
  const nameOf = (e) =>
    (e.getAttribute('aria-label') || e.labels?.[0]?.textContent || e.textContent || e.title || '').trim().slice(0, 60);
  const shown = (e) => {
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return s.opacity !== '0' && s.visibility !== 'hidden' && r.width > 2 && r.height > 2 && s.clipPath === 'none';
  };
  // A control drawn by something else (a switch's hidden checkbox and its track) shows its
  // focus there: look at the element itself if it can be seen, else at what stands for it.
  const faces = (e) => (shown(e) ? [e] : [e.nextElementSibling, e.closest('label')].filter((f) => f && shown(f)));
  const rings = (e) =>
    faces(e).map((f) => {
      const s = getComputedStyle(f);
      const clear = /^(transparent|rgba\(.*,\s*0\))$/.test(s.outlineColor);
      const seen = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !clear;
      return { outline: seen ? `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : null, shadow: s.boxShadow };
    });
  const unfocused = new Map();
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')];
  for (const e of all) unfocused.set(e, rings(e));
  window.focusProbe = {
    describe: (e) => `${roleOf(e)} "${nameOf(e)}"`,
    // The indicator focus adds: an outline or a box-shadow that was not there unfocused.
    indicator(e) {
      const before = unfocused.get(e) ?? [];
      const added = rings(e).map((r, i) =>
        r.outline && r.outline !== before[i]?.outline
          ? `outline ${r.outline}`
          : r.shadow !== 'none' && r.shadow !== before[i]?.shadow
            ? `box-shadow ${r.shadow}`
            : null,
      );
      return added.find((a) => a) ?? null;
    },
  };
}

test('Tab from the top of the page reaches every control of the workbench, each visibly focused', async ({ page }) => {
  await page.setViewportSize(WIDTHS.desktop);
  await openPage(page, './?lesson=daemon');
  // Halfway through a run every run control is enabled (Reset and Step back are not before the
  // first step, Step is not at the end).
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await button(page, 'Step back').click();
  await expect(button(page, 'Step')).toBeEnabled();
  // Back to the top: a click on the banner's background is where Tab starts from.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('banner').click({ position: { x: 2, y: 2 } });
  await page.evaluate(installFocusProbe);
  const controls = await page.getByRole('region', { name: 'Workbench' }).evaluate((workbench) => {
    const all = workbench.querySelectorAll('a[href], button, select, input, [role="switch"], [role="slider"]');
    window.focusTargets = [...all].filter((e) => !e.disabled && e.getClientRects().length > 0);
    window.focusSeen = new Set();
    return window.focusTargets.length;
  });
  expect(controls, 'the switch, Reset code, seven run controls and the scrubber').toBeGreaterThanOrEqual(10);

  const order = [];
  const noIndicator = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const again = window.focusSeen.has(e);
      window.focusSeen.add(e);
      return {
        again,
        name: window.focusProbe.describe(e),
        editor: e.getAttribute('aria-label') === 'Code editor',
        indicator: window.focusProbe.indicator(e),
        done: window.focusTargets.every((t) => window.focusSeen.has(t)),
      };
    });
    if (now === null) continue;
    if (now.again) break; // round the page once: what is not reached by now never will be
    order.push(now.name);
    // The editor takes Tab to indent; Escape hands the keyboard back (tested below).
    if (now.editor) await page.keyboard.press('Escape');
    else if (!now.indicator) noIndicator.push(now.name);
    if (now.done) break;
  }
  const missed = await page.evaluate(() =>
    window.focusTargets.filter((t) => !window.focusSeen.has(t)).map((t) => window.focusProbe.describe(t)),
  );
  expect.soft(missed, `Tab never reached these controls; it went: ${order.join(', ')}`).toEqual([]);
  expect.soft(noIndicator, 'focused with no outline or box-shadow to show it').toEqual([]);
});

test('the code editor does not keep the keyboard: Escape, then Tab, moves on', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await editor(page).focus();
  // Tab alone indents: that is the editor's, and the text says so by changing.
  const code = await editor(page).inputValue();
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await expect(editor(page)).not.toHaveValue(code);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});
