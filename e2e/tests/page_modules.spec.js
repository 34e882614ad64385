// Modules written in Python that not every script needs (logging, queue, concurrent.futures…)
// are files beside the page (py/), fetched when a script imports them, even only inside a
// function; the run is the same as if they had been there. A file that cannot be fetched
// becomes an import error that says so.
import { test as plain } from '@playwright/test';
import { test, expect, editor, consoleLog, openPage, moduleRequests } from '../fixtures.js';
import { SUBPATH_URL } from '../urls.js';

const SCRIPT = [
  'import threading',
  '',
  'def work():',
  '    import logging',
  '    from concurrent.futures import ThreadPoolExecutor',
  '    logging.basicConfig(format="%(threadName)s %(message)s")',
  '    logging.warning("from a worker")',
  '    with ThreadPoolExecutor(max_workers=2) as pool:',
  '        print(sorted(pool.map(abs, [-2, 1, -3])))',
  '',
  't = threading.Thread(target=work, name="w")',
  't.start()',
  't.join()',
  'print("done")',
].join('\n');

test('a module imported only inside a function is fetched and the run is complete', async ({ page }) => {
  const fetched = moduleRequests(page);
  await openPage(page, './?lesson=daemon');
  // The lesson's own script needs no file: threading and time are in the engine.
  expect(fetched).toEqual([]);
  await editor(page).fill(SCRIPT);
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await expect(consoleLog(page)).toContainText('w from a worker');
  await expect(consoleLog(page)).toContainText('[1, 2, 3]');
  await expect(consoleLog(page)).toContainText('done');
  expect([...fetched].sort()).toEqual([
    'collections.py',
    'concurrent_futures.py',
    'heapq.py',
    'logging.py',
    'queue.py',
    'threading_sync.py',
    'threadplay_helpers.py', // sorted() over pool.map's generator: found at run time, the run restarts
    'time_calendar.py',
  ]);
});

test("threading's Event, Condition, Barrier… are fetched only by a script that names one", async ({ page }) => {
  const fetched = moduleRequests(page);
  await openPage(page, './?lesson=race');
  expect(fetched).toEqual([]);
  await editor(page).fill(
    [
      'import threading',
      'ready = threading.Event()',
      'def waiter():',
      '    ready.wait()',
      '    print("released", ready)',
      't = threading.Thread(target=waiter)',
      't.start()',
      'ready.set()',
      't.join()',
    ].join('\n'),
  );
  await expect(consoleLog(page)).toContainText(/released <threading\.Event at 0x[0-9a-f]+: set>/);
  expect(fetched).toEqual(['threading_sync.py']);
});

test('modules load under a sub-path too', async ({ page }) => {
  const fetched = moduleRequests(page);
  await openPage(page, `${SUBPATH_URL}?lesson=race`);
  await editor(page).fill('import random\nrandom.seed(3)\nprint(random.randint(1, 100))\n');
  // CPython 3.11 prints 31 for this seed.
  await expect(consoleLog(page)).toContainText('31');
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  expect(fetched).toEqual(['random.py']);
});

// Plain Playwright: this test makes a request fail on purpose.
plain('a module file that cannot be fetched is an import error that says why', async ({ page }) => {
  await page.route('**/py/logging.py', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await openPage(page, './?lesson=daemon');
  await editor(page).fill('import logging\nprint("never")\n');
  await expect(consoleLog(page)).toContainText(
    "ModuleNotFoundError: No module named 'logging' (threadplay could not load its file of this module: the server answered 503; reload the page to try again)",
  );
  await expect(consoleLog(page)).not.toContainText('never');
});

// Plain Playwright: this test makes a request fail on purpose.
plain("a lesson whose files cannot be fetched says so instead of a blank page", async ({ page }) => {
  await page.route('**/lessons/daemon.md', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('./?lesson=daemon');
  await expect(page.getByRole('alert')).toHaveText(
    'The lesson could not be loaded (the server answered 503). Reload the page to try again.',
  );
});

test('files written by worker threads live in memory for the run; open() fetches its module', async ({ page }) => {
  const fetched = moduleRequests(page);
  await openPage(page, './?lesson=daemon');
  await editor(page).fill(
    [
      'import threading',
      '',
      'def save(name):',
      '    with open(name + ".txt", "w") as f:',
      '        print("saved by", threading.current_thread().name, file=f)',
      '',
      'ts = [threading.Thread(target=save, args=(n,), name=n) for n in ("a", "b")]',
      'for t in ts:',
      '    t.start()',
      'for t in ts:',
      '    t.join()',
      'print(eval("open(\'a.txt\').read() + open(\'b.txt\').read()"), end="")',
      'open("missing.txt")',
    ].join('\n'),
  );
  await expect(consoleLog(page)).toContainText('Exited with status 1');
  await expect(consoleLog(page)).toContainText('saved by a');
  await expect(consoleLog(page)).toContainText('saved by b');
  await expect(consoleLog(page)).toContainText("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'");
  expect(fetched).toEqual(['files.py']);
});

test('a thread that fails before its target runs is marked at the line that created it', async ({ page }) => {
  await openPage(page, './?lesson=daemon');
  await editor(page).fill(
    ['import threading', '', 'def greet(n):', '    print(n)', '', 't = threading.Thread(target=greet, args=(1))', 't.start()'].join(
      '\n',
    ),
  );
  await expect(consoleLog(page)).toContainText('argument after * must be an iterable, not int');
  await expect(page.locator('.error-callout')).toHaveText(
    'line 6: TypeError: __main__.greet() argument after * must be an iterable, not int (in Thread-1 (greet), created here)',
  );
  await expect(page.locator('.gutter-line[data-line="6"]')).toHaveClass(/has-error/);
});
