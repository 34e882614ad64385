// Readable on every screen: from 320 to 1920 px wide no two pieces of text overlap, and the
// header takes at most two rows.
import { test, expect, button, consoleLog, openPage } from '../fixtures.js';

/** Pairs of visible text pieces whose boxes overlap, and the header's rows of text. */
function layoutProblems() {
  const pieces = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (el.closest('.visually-hidden, [aria-hidden="true"], textarea')) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 0.5 && r.height > 0.5) pieces.push({ r, text: node.textContent.trim().slice(0, 30), node });
    }
  }
  const overlaps = [];
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const [a, b] = [pieces[i], pieces[j]];
      if (a.node === b.node) continue;
      // Overlapping by more than a pixel each way (antialiasing and line boxes touch).
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 1 && y > 2) overlaps.push(`"${a.text}" and "${b.text}"`);
    }
  }
  const header = document.querySelector('.topbar');
  // Rows: text whose middles are more than 10 px apart vertically.
  const middles = pieces.filter((p) => header.contains(p.node)).map((p) => (p.r.top + p.r.bottom) / 2);
  middles.sort((a, b) => a - b);
  const headerRows = middles.filter((m, i) => i === 0 || m - middles[i - 1] > 10).length;
  return { overlaps, headerRows };
}

test('from 320 to 1920 px no two pieces of text overlap and the header takes at most two rows', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPage(page, './?lesson=race');
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status');
  const problems = [];
  for (let width = 320; width <= 1920; width += 40) {
    await page.setViewportSize({ width, height: 800 });
    const { overlaps, headerRows } = await page.evaluate(layoutProblems);
    if (overlaps.length) problems.push(`${width} px: ${overlaps.slice(0, 5).join('; ')}`);
    if (headerRows > 2) problems.push(`${width} px: the header takes ${headerRows} rows`);
  }
  expect(problems).toEqual([]);
});
