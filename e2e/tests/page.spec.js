// The playground page as a learner uses it: the daemon lesson loads and runs, the daemon switch
// rewrites the code and changes what is printed, stepping moves through the output, a syntax
// error is shown at its line, edits survive a reload, and the embed mode works in an iframe of a
// course page served from a sub-path. Elements are found by role and accessible name.
import { test, expect, wasmStarted, editor, consoleLog, button, openPage } from '../fixtures.js';
import { PORT } from '../urls.js';

const daemonSwitch = (page) => page.getByRole('switch', { name: 'daemon', exact: true });
const clock = (page) => page.getByLabel('Virtual clock');

/** Console rows as "time | text" (time blank on continuation rows), without the status line. */
async function rows(page) {
  return page.locator('.console .line:not(.note):not(.status)').evaluateAll((lines) =>
    lines.map((l) => `${l.querySelector('.time').textContent} | ${l.querySelector('.text').textContent}`),
  );
}

test('the daemon lesson loads, asks for a prediction and runs to t = 10.000 s', async ({ page }) => {
  await openPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daemon threads: who waits for whom?');
  await expect(page.getByRole('group', { name: 'Predict, then run' })).toBeVisible();
  await expect(editor(page)).toHaveValue(/daemon=False/);
  await expect(daemonSwitch(page)).not.toBeChecked();
  // Nothing is shown before Run: the learner predicts first.
  expect(await rows(page)).toEqual([]);
  await page.getByRole('radio', { name: 'worker 1: finished' }).check();
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('Exited with status 0 at t = 10.000 s.');
  expect(await rows(page)).toEqual([
    '0.000 | main: started',
    '0.000 | worker 1: started',
    '0.000 | main: finished',
    '10.000 | worker 1: finished',
  ]);
  await expect(clock(page)).toHaveText('t = 10.000 s');
  await expect(page.getByText('You predicted “worker 1: finished”: right.')).toBeVisible();
  // The timeline has a lane per thread.
  const timeline = page.getByRole('figure', { name: 'Timeline' });
  await expect(timeline).toContainText('MainThread');
  await expect(timeline).toContainText('Thread-1 (worker)');
});

test('the daemon switch rewrites the code and the worker\'s last line disappears', async ({ page }) => {
  await openPage(page);
  await button(page, 'Run').click();
  await expect(consoleLog(page)).toContainText('10.000');
  await daemonSwitch(page).click();
  await expect(daemonSwitch(page)).toBeChecked();
  await expect(editor(page)).toHaveValue(/threading\.Thread\(target=worker, args=\(1,\), daemon=True\)/);
  await expect(consoleLog(page)).toContainText('Stopped at exit: daemon thread Thread-1 (worker), sleeping at line 7.');
  await expect(consoleLog(page)).toContainText('Exited with status 0 at t = 0.000 s.');
  expect(await rows(page)).toEqual(['0.000 | main: started', '0.000 | worker 1: started', '0.000 | main: finished']);
  await expect(page.getByRole('figure', { name: 'Timeline' })).toContainText('daemon');

  // Back off: the last line is printed ten seconds later again.
  await daemonSwitch(page).click();
  await expect(editor(page)).toHaveValue(/daemon=False\)/);
  await expect(consoleLog(page)).toContainText('Exited with status 0 at t = 10.000 s.');
  expect((await rows(page)).at(-1)).toBe('10.000 | worker 1: finished');

  // Editing the code by hand moves the switch.
  const code = await editor(page).inputValue();
  await editor(page).fill(code.replace('daemon=False', 'daemon=True'));
  await expect(daemonSwitch(page)).toBeChecked();
  await expect(consoleLog(page)).toContainText('Stopped at exit');
});

test('one switch per Thread call, named after its target, and t.daemon lines', async ({ page }) => {
  await openPage(page);
  await editor(page).fill(
    [
      'import threading, time',
      'def reader():',
      '    time.sleep(1)',
      '    print("reader done")',
      'def writer():',
      '    time.sleep(2)',
      '    print("writer done")',
      'r = threading.Thread(target=reader)',
      'w = threading.Thread(target=writer)',
      'w.daemon = True',
      'r.start()',
      'w.start()',
      '',
    ].join('\n'),
  );
  const reader = page.getByRole('switch', { name: 'daemon: reader' });
  const writer = page.getByRole('switch', { name: 'daemon: writer' });
  await expect(reader).not.toBeChecked();
  await expect(writer).toBeChecked();
  await expect(consoleLog(page)).toContainText('reader done');
  await expect(consoleLog(page)).not.toContainText('writer done');
  await writer.click();
  await expect(editor(page)).toHaveValue(/w\.daemon = False/);
  await expect(consoleLog(page)).toContainText('writer done');
  await reader.click();
  await expect(editor(page)).toHaveValue(/r = threading\.Thread\(target=reader, daemon=True\)/);
});

test('Step, Step back and Reset move through the output', async ({ page }) => {
  await openPage(page);
  const step = button(page, 'Step');
  // Step until the first line is printed.
  for (let i = 0; i < 100 && (await rows(page)).length === 0; i++) await step.click();
  expect(await rows(page)).toEqual(['0.000 | main: started']);
  // Shown as written; a screen reader hears "new line", not "backslash n".
  await expect(page.locator('.now')).toHaveText('MainThread prints "main: started\\n new line "');
  await expect(page.locator('.now [aria-hidden="true"]')).toHaveText('\\n');
  await button(page, 'Step back').click();
  expect(await rows(page)).toEqual([]);
  await step.click();
  await expect(page.locator('.console .newest .text')).toHaveText('main: started');
  // The keyboard steps too, when the focus is not in the editor.
  await page.locator('.now').click();
  for (let i = 0; i < 100 && (await rows(page)).length < 2; i++) await page.keyboard.press('ArrowRight');
  expect(await rows(page)).toEqual(['0.000 | main: started', '0.000 | worker 1: started']);
  // The worker's line is marked in the gutter while it runs.
  await expect(page.locator('.gutter-line[data-line="6"] .mark.thread-1')).toBeVisible();
  await button(page, 'Reset').click();
  expect(await rows(page)).toEqual([]);
  await expect(clock(page)).toHaveText('t = 0.000 s');
  // The scrubber reaches the end, where the clock shows the worker's wake-up.
  const scrubber = page.getByRole('slider', { name: 'Position in the run' });
  await scrubber.fill(await scrubber.getAttribute('max'));
  await expect(clock(page)).toHaveText('t = 10.000 s');
  await expect(consoleLog(page)).toContainText('Exited with status 0');
});

test('Play runs through the steps and the shortcuts are listed', async ({ page }) => {
  await openPage(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('1000');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(consoleLog(page)).toContainText('Exited with status 0', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Step back');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('an endless loop and a deadlock say so plainly and can still be stepped', async ({ page }) => {
  await openPage(page);
  await editor(page).fill('n = 0\nwhile True:\n    n += 1\n');
  await expect(consoleLog(page)).toContainText('the program may loop forever', { timeout: 20_000 });
  const count = page.locator('.step-count');
  const end = await count.textContent();
  // Ctrl+Enter from the editor runs too; Step back moves off the end.
  await editor(page).press('Control+Enter');
  for (let i = 0; i < 6 && !/runs line/.test(await page.locator('.now').textContent()); i++) {
    await button(page, 'Step back').click();
  }
  await expect(count).not.toHaveText(end);
  await expect(page.locator('.now')).toHaveText(/MainThread runs line [23]/);

  await editor(page).fill(
    'import threading\nlock = threading.Lock()\ndef w():\n    lock.acquire()\nlock.acquire()\n' +
      't = threading.Thread(target=w)\nt.start()\nt.join()\n',
  );
  await expect(consoleLog(page)).toContainText('Deadlock at t = 0.000 s');
  await expect(consoleLog(page)).toContainText('CPython would hang here forever');
  await expect(page.getByRole('figure', { name: 'Timeline' })).toContainText('Thread-1 (w)');
});

test('a syntax error is shown at its line and the page keeps working', async ({ page }) => {
  await openPage(page);
  const good = await editor(page).inputValue();
  await editor(page).fill(good.replace('def worker(n):', 'def worker(n)'));
  await expect(page.locator('.error-summary')).toHaveText("Line 5: SyntaxError: expected ':'");
  await expect(page.locator('.error-callout')).toHaveText("line 5: SyntaxError: expected ':'");
  await expect(page.locator('.gutter-line[data-line="5"]')).toHaveClass(/has-error/);
  await expect(consoleLog(page)).toContainText("SyntaxError: expected ':'");
  await expect(consoleLog(page)).toContainText('Exited with status 1');
  // A runtime error in the worker is marked at its line too.
  await editor(page).fill(good.replace('time.sleep(10)', 'time.sleep(undefined_name)'));
  await expect(page.locator('.error-summary')).toHaveText("Line 7: NameError: name 'undefined_name' is not defined");
  await expect(consoleLog(page)).toContainText('Exception in thread Thread-1 (worker):');
  // Fixed: the marks go and the program runs again.
  await editor(page).fill(good);
  await expect(consoleLog(page)).toContainText('Exited with status 0 at t = 10.000 s.');
  await expect(page.locator('.error-summary')).toHaveCount(0);
});

test('Tab indents in the editor and an edit survives a reload; Reset code restores the lesson', async ({ page }) => {
  await openPage(page);
  const original = await editor(page).inputValue();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('if True:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print("added")');
  await expect(editor(page)).toHaveValue(original + 'if True:\n    print("added")');
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page)).toHaveValue(original + 'if True:\nprint("added")');
  // Tab at a caret inserts spaces up to the next stop, as in most code editors.
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect(editor(page)).toHaveValue(original + 'if True:\n    print("added")');
  await expect(consoleLog(page)).toContainText('added');
  // Undo is the browser's own, and Tab edits are part of it.
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(original + 'if True:\nprint("added")');
  await page.keyboard.press('Control+Shift+z');
  await page.reload();
  await wasmStarted(page);
  await expect(editor(page)).toHaveValue(original + 'if True:\n    print("added")');
  page.once('dialog', (d) => d.accept());
  await button(page, 'Reset code').click();
  await expect(editor(page)).toHaveValue(original);
  await page.reload();
  await wasmStarted(page);
  await expect(editor(page)).toHaveValue(original);
});

test('embed mode in an iframe of a course page on a sub-path', async ({ page }) => {
  const host = `http://127.0.0.1:${PORT + 1}/course/lesson-page.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="data:,"><title>Course</title></head><body>
        <h1>Threads, part 1</h1>
        <iframe id="a" title="threadplay A" src="threads/?embed&lesson=daemon" style="width:700px;height:150px;border:0"></iframe>
        <iframe id="b" title="threadplay B" src="threads/?embed&lesson=daemon" style="width:360px;height:150px;border:0"></iframe>
        <script>
          window.heights = {};
          addEventListener('message', (e) => {
            if (e.data && e.data.type === 'threadplay:height') {
              const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
              frame.style.height = e.data.height + 'px';
              window.heights[frame.id] = e.data;
            }
          });
        </script></body></html>`,
    }),
  );
  await page.goto(host);
  const a = page.frameLocator('#a');
  const b = page.frameLocator('#b');
  await expect(a.getByRole('textbox', { name: 'Code editor' })).toHaveValue(/daemon=False/);
  // The workbench alone: no lesson text, no page header.
  await expect(a.getByRole('article', { name: 'Lesson' })).toHaveCount(0);
  await expect(a.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // Each frame told the host its height, and the host sized it.
  await expect.poll(() => page.evaluate(() => Object.keys(window.heights).sort().join())).toBe('a,b');
  const reported = await page.evaluate(() => window.heights.a);
  expect(reported.lesson).toBe('daemon');
  expect(reported.height).toBeGreaterThan(400);
  expect((await page.locator('#a').boundingBox()).height).toBeGreaterThan(400);
  // Flip the switch in one embed: the other keeps its own code, also after a reload.
  await a.getByRole('switch', { name: 'daemon', exact: true }).click();
  await expect(a.getByRole('log', { name: 'Console' })).toContainText('Stopped at exit');
  await expect(b.getByRole('textbox', { name: 'Code editor' })).toHaveValue(/daemon=False/);
  await page.reload();
  await expect(page.frameLocator('#a').getByRole('textbox', { name: 'Code editor' })).toHaveValue(/daemon=True/);
  await expect(page.frameLocator('#b').getByRole('textbox', { name: 'Code editor' })).toHaveValue(/daemon=False/);
});
