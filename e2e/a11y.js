// axe-core (the npm package, pinned in package.json) run inside the page, and its violations
// written out so that a failing test says what is wrong and where without opening a report:
//   const violations = await axeViolations(page);
//   expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
import { createRequire } from 'node:module';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the whole page as it stands (and on the text beneath a see-through textarea,
 * such as a code editor's highlighting) and returns its violations, each cut down to what a
 * report needs: { id, impact, help, helpUrl, nodes: [{ target, html, failureSummary, contrast }] }.
 * Waits first for running transitions and finite animations to end, so that a colour caught
 * halfway through a fade is not measured.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async (tags) => {
    const settling = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(settling.map((a) => a.finished.catch(() => {})));
    const { violations } = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    // A textarea whose own text is transparent is read through: what shows is the highlighted
    // copy drawn beneath it, which axe leaves unmeasured ("overlapped by another element").
    // Measure that copy's contrast with the textarea hidden for the moment.
    const overlays = [...document.querySelectorAll('textarea')].filter((t) =>
      /^(transparent|rgba\(.*,\s*0\))$/.test(getComputedStyle(t).color),
    );
    for (const t of overlays) {
      const focused = document.activeElement === t;
      t.style.visibility = 'hidden';
      try {
        const options = { runOnly: ['color-contrast'], resultTypes: ['violations'] };
        const beneath = await window.axe.run(t.parentElement, options);
        for (const v of beneath.violations) {
          const same = violations.find((w) => w.id === v.id);
          if (same) same.nodes.push(...v.nodes);
          else violations.push(v);
        }
      } finally {
        t.style.removeProperty('visibility');
        if (focused) t.focus();
      }
    }
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => {
        // color-contrast leaves the measured colours in its check's data.
        const data = [...n.any, ...n.all, ...n.none].map((c) => c.data).find((d) => d && d.contrastRatio !== undefined);
        return {
          target: n.target.map(String),
          html: n.html.length > 200 ? n.html.slice(0, 200) + '…' : n.html,
          failureSummary: n.failureSummary,
          contrast: data && {
            fg: data.fgColor,
            bg: data.bgColor,
            ratio: data.contrastRatio,
            expected: data.expectedContrastRatio,
            fontSize: data.fontSize,
            fontWeight: data.fontWeight,
          },
        };
      }),
    }));
  }, AXE_TAGS);
}

/** The violations as lines a person can read in a test's failure message. */
export function describeViolations(violations, where = '') {
  if (violations.length === 0) return `no axe violations${where ? ` ${where}` : ''}`;
  const lines = [`${violations.length} axe rule(s) violated${where ? ` ${where}` : ''}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help}  ${v.helpUrl}`);
    for (const n of v.nodes) {
      lines.push(`    at ${n.target.join(' >> ')}`);
      lines.push(`       ${n.html}`);
      // For color-contrast this names both colours, the font and the measured and needed ratios.
      if (n.failureSummary) lines.push(...n.failureSummary.split('\n').map((l) => `       ${l.trim()}`));
    }
  }
  return lines.join('\n');
}
