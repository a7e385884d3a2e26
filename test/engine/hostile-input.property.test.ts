// Hostile input, generated (fast-check, fixed seeds): Python programs and terminal lines built
// from the pieces that once froze the tab or leaked JavaScript (huge numbers and conversions,
// repetition, deep nesting, long exception chains, JavaScript-ish names, odd escapes and dates,
// huge or deeply nested curl bodies). Every one ends in output or an error in the real tool's
// words: never `internal error`, never JavaScript's own text, never past the output limit.
// The wall time of the slowest input is printed for the record (`HOSTILE_RUNS=2000` for a long run).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { Session } from '../../src/engine/session.ts';
import { captureEnv } from '../python/helpers.ts';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 60);

/** Texts only JavaScript writes. */
const JS_TEXT = [
  /\[object \w+\]/,
  /\bundefined\b/,
  /\bNaN\b/,
  /function \w*\(\) \{/,
  /\bRangeError\b/,
  /Maximum call stack/,
  /at \S+ \(?\S+:\d+:\d+\)?$/m,
  /Cannot read propert/,
  /is not a function/,
];

const NUMBERS = ['10**4299', '10**4300', '-10**5000', '2**64', '2**200000', '7', '0', '-1', '10**9', '10**100', '3.5'];
const pythonPiece = fc.oneof(
  fc.constantFrom(...NUMBERS).map((n) => `print(len(str(${n})))`),
  fc.constantFrom(...NUMBERS).map((n) => `print(int('9' * min(abs(int(${n})), 10**6) or '0') % 10)`),
  fc
    .tuple(fc.constantFrom(...NUMBERS), fc.constantFrom(...NUMBERS))
    .map(([a, b]) => `print(round(${a}, -abs(int(${b}))))`),
  fc.constantFrom(...NUMBERS).map((n) => `x = ${n}\nfor i in range(12):\n    x = x * x\nprint(x % 1000)`),
  fc.constantFrom('[0]', "'ab'", '(1,)').map((s) => `x = ${s}\nfor i in range(40):\n    x = x + x\nprint(len(x))`),
  fc.nat(60).map((d) => `x = []\nfor i in range(${d}):\n    x = [x, x]\nprint(len(str(x)))`),
  fc.nat(3000).map((d) => `x = 1\nfor i in range(${d}):\n    x = [x]\nprint(repr(x)[:5])`),
  fc
    .nat(5000)
    .map(
      (d) =>
        `def chain(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n        if n:\n            chain(n - 1)\n        raise\nchain(${d})`,
    ),
  fc
    .constantFrom('f()', 'f(f)', 'g(1)')
    .map((c) => `def f(*a):\n    return f(*a)\ndef g(n):\n    return g(n + 1)\n${c}`),
  fc
    .constantFrom('__proto__', 'constructor', 'toString', 'valueOf')
    .map((n) => `d = {}\nd[${JSON.stringify(n)}] = 1\nprint(d, getattr(d, ${JSON.stringify(n)}, None))\nprint(${n})`),
  fc.constantFrom(
    "print('\\N{SNOWMAN}')",
    "print('\\N{NO SUCH NAME}')",
    '\ufeffprint(1)',
    'import datetime\nprint(datetime.date(9999, 12, 31) + datetime.timedelta(days=1))',
    'import datetime\nprint(datetime.timedelta(days=10**9))',
    'import datetime\nprint(datetime.date(1, 1, 1) - datetime.timedelta(days=1))',
    'import math\nprint(math.factorial(10**6))',
    'import math\nprint(math.factorial(2000) % 7)',
    "s = 'a' * 9_000_000\nfor i in range(50):\n    s.upper()",
    'import json\nprint(json.loads("[" * 100000 + "]" * 100000))',
    'print(float("1e400"), float("nan"), -float("inf"))',
    'print(1 << 10**100)',
    'print(2 ** -10**9)',
    'x = [0] * 10**12',
    "print('%d' % 10**5000)",
  ),
);

const pythonProgram = fc.array(pythonPiece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n'));

function noJavaScript(text: string): void {
  expect(text).not.toContain('internal error');
  for (const re of JS_TEXT) expect(text).not.toMatch(re);
}

test('hostile Python ends in output or a Python error, never JavaScript', { timeout: 600_000 }, () => {
  let slowest = 0;
  fc.assert(
    fc.property(pythonProgram, (source) => {
      const env = captureEnv();
      const started = performance.now();
      runPythonScript(env, source, 'hostile.py');
      slowest = Math.max(slowest, performance.now() - started);
      noJavaScript(env.transcript());
      expect(env.stdout().length).toBeLessThanOrEqual(100_100);
    }),
    { seed: 1010, numRuns: RUNS },
  );
  console.log(`hostile Python: ${RUNS} programs, slowest ${slowest.toFixed(0)} ms`);
});

const shellWord = fc.oneof(
  fc.constantFrom(
    '$__proto__',
    '${constructor}',
    '$toString',
    '"$hasOwnProperty"',
    'echo',
    'export',
    'unset',
    '__proto__=1',
    'constructor=x',
    'A=$A$A$A$A',
    'jobs',
    'kill',
    '%1',
    'curl',
    'http://127.0.0.1:5000/invocations',
    '-d',
    '-H',
    "'Content-Type: application/json'",
    'mlflow',
    'models',
    'serve',
    '-m',
    'models:/__proto__/1',
    '--env-manager',
    'local',
    '&',
    ';',
    '&&',
  ),
  fc.nat(20000).map((d) => `'${'['.repeat(d)}${']'.repeat(d)}'`),
  fc.nat(200000).map((n) => `x${'y'.repeat(n)}`),
);
const shellLine = fc.array(shellWord, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

test('hostile terminal lines end in output or the tool’s own error, never JavaScript', { timeout: 600_000 }, () => {
  let slowest = 0;
  fc.assert(
    fc.property(fc.array(shellLine, { minLength: 1, maxLength: 6 }), (lines) => {
      const s = new Session();
      for (const line of lines) {
        const started = performance.now();
        const r = s.run(line);
        slowest = Math.max(slowest, performance.now() - started);
        noJavaScript(r.lines.map((l) => l.text).join('\n'));
      }
    }),
    { seed: 2020, numRuns: RUNS },
  );
  console.log(`hostile shell: ${RUNS} line sequences, slowest line ${slowest.toFixed(0)} ms`);
});
