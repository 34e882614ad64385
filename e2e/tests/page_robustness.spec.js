// Scripts that would overflow the browser's wasm stack if the engine recursed on them: freeing a
// 100,000-node chain in the middle of a run, a list that holds itself, a __repr__ that recurses.
// The page must show their output or their Python error, and keep working.
import { test, expect, editor, consoleLog, openPage } from '../fixtures.js';

test('deep structures freed mid-run, self-holding lists and recursive reprs keep the page alive', async ({ page }) => {
  await openPage(page);
  await editor(page).fill(
    'class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n\nhead = None\n' +
      'for i in range(100000):\n    head = Node(head)\nhead = None\nprint("chain freed")\n' +
      'nested = []\nfor i in range(100000):\n    nested = [nested]\nnested = None\nprint("lists freed")\n' +
      'x = [1]\nx.append(x)\nprint(x)\n',
  );
  await expect(consoleLog(page)).toContainText('chain freed', { timeout: 20_000 });
  await expect(consoleLog(page)).toContainText('lists freed');
  await expect(consoleLog(page)).toContainText('[1, [...]]');
  await expect(consoleLog(page)).toContainText('Exited with status 0');
  await editor(page).fill('class A:\n    def __repr__(self):\n        return repr(A())\n\nprint(A())\n');
  await expect(consoleLog(page)).toContainText('RecursionError: maximum recursion depth exceeded', { timeout: 20_000 });
  // The longest operator chain the parser takes compiles and runs; a longer one is refused.
  await editor(page).fill(`print(${Array(1000).fill('1').join('+')})\n`);
  await expect(consoleLog(page)).toContainText('1000', { timeout: 20_000 });
  await editor(page).fill(`print(${Array(5000).fill('1').join('+')})\n`);
  await expect(consoleLog(page)).toContainText('SyntaxError: expression too deeply nested (threadplay limit)');
});
