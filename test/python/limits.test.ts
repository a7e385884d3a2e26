// Work that would exhaust the machine ends as CPython would end it there, with the line: a bare
// MemoryError past the simulator's integer and text caps (CPython would compute until memory ran
// out), the list cap's MemoryError, and the interpreter's TimeoutError when native work in a loop
// (str methods on millions of characters, the repr of a huge nested list) outlasts the clock.
// Texts CPython itself prints for these inputs are recorded in cases/limits/.
import { expect, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { captureEnv } from './helpers.ts';

const TIMEOUT = 'TimeoutError: the snippet ran for too long (more than 2 seconds); is there an infinite loop?';

test.each([
  ['math.factorial(10**6)', 'import math\nmath.factorial(10**6)', 2, ['MemoryError']],
  ['squaring 40 times', 'x = 2\nfor i in range(40):\n    x = x * x', 3, ['MemoryError']],
  ['2 ** 10**100', 'y = 2 ** 10**100', 1, ['MemoryError']],
  ['1 << 10**9', 'y = 1 << 10**9', 1, ['MemoryError']],
  [
    'x = x + [0]*100000 in a loop',
    'x = []\nwhile True:\n    x = x + [0] * 100000',
    3,
    // A slow machine reaches the clock before the cap.
    ['MemoryError: the result is too large for this simulator', TIMEOUT],
  ],
  ['str.upper() on 9M characters in a loop', "s = 'a' * 9_000_000\nwhile True:\n    s.upper()", 3, [TIMEOUT]],
  [
    'a text past what JavaScript can hold',
    "def f():\n    return ('a' * 9_000_000).replace('a', 'b' * 100)\nf()",
    3,
    ['MemoryError'],
  ],
  [
    'str() of a huge nested list',
    'x = [1]\nfor i in range(40):\n    x = [x, x]\ns = str(x)',
    4,
    ['MemoryError', TIMEOUT],
  ],
])('%s ends with a Python error on its line', { timeout: 60_000 }, (_, source, line, endings) => {
  const env = captureEnv();
  const r = runPythonScript(env, source, 'heavy.py');
  expect(r.exitCode).toBe(1);
  const lines = env.stderr().trimEnd().split('\n');
  expect(endings).toContain(lines[lines.length - 1]);
  expect(lines).toContain(`  File "heavy.py", line ${line}, in <module>`);
});
