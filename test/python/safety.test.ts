// The interpreter protects the page: step budget, recursion limit, output cap, no JS leaks.
import { describe, expect, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { captureEnv } from './helpers.ts';

const small = { steps: 20_000, recursion: 1000, outputChars: 200 };

describe('python safety limits', () => {
  test.each([
    ['while True:\n    pass\n'],
    ['n = 0\nwhile n >= 0:\n    n += 1\n'],
    ['while True:\n    try:\n        pass\n    except Exception:\n        pass\n'],
    ['xs = [1]\nfor x in xs:\n    xs.append(x)\n'],
    ['def f():\n    while True:\n        try:\n            yield_ = 1\n        finally:\n            pass\nf()\n'],
  ])('an endless loop stops with an uncatchable TimeoutError: %j', (source) => {
    const env = captureEnv();
    const r = runPythonScript(env, source, '<snippet>', small);
    expect(r.exitCode).toBe(1);
    expect(r.error?.type).toBe('TimeoutError');
    expect(env.stderr()).toMatch(
      /TimeoutError: the snippet ran for too long \(more than 20,000 steps\); is there an infinite loop\?\n$/,
    );
  });

  test('deep recursion is a RecursionError that snippets can catch', () => {
    const env = captureEnv();
    const r = runPythonScript(
      env,
      'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught:", e)\n',
    );
    expect(r.exitCode).toBe(0);
    expect(env.stdout()).toBe('caught: maximum recursion depth exceeded\n');
  });

  test('recursion through nested expressions never shows a JavaScript error', () => {
    const env = captureEnv();
    runPythonScript(env, 'def f(n):\n    return [{"k": (1 + f(n + 1)) * 2}]\nf(0)\n');
    expect(env.stderr()).toMatch(/RecursionError: maximum recursion depth exceeded\n$/);
    expect(env.stderr()).not.toMatch(/RangeError|at .*\.ts/);
  });

  test('output beyond the cap is cut with a clear line, then nothing more is written', () => {
    const env = captureEnv();
    runPythonScript(env, 'for i in range(1000):\n    print("line", i)\nprint("after the loop")\n', '<snippet>', small);
    const out = env.stdout();
    expect(out.length).toBeLessThan(300);
    expect(out).toMatch(/\n\.\.\. output truncated \(more than 200 characters\)\n$/);
    expect(out).not.toContain('after the loop');
  });

  test.each([
    [
      'a constructs outside the subset',
      'async def f():\n    pass\n',
      'NotImplementedError: async def is not supported in this simulator',
    ],
    [
      'a generator function',
      'def gen():\n    yield 1\n',
      'NotImplementedError: yield (a generator function) is not supported in this simulator',
    ],
    [
      'match',
      'match 1:\n    case 1:\n        pass\n',
      'NotImplementedError: the match statement is not supported in this simulator',
    ],
    [
      'open()',
      'open("model.pkl")\n',
      'NotImplementedError: open() (reading and writing files) is not supported in this simulator',
    ],
  ])('%s raises NotImplementedError with its line', (_what, source, last) => {
    const env = captureEnv();
    const r = runPythonScript(env, source);
    expect(env.stderr().trimEnd().split('\n').pop()).toBe(last);
    expect(r.error?.line).toBeGreaterThan(0);
  });

  test('a runtime error reports its type, message, line and column', () => {
    const env = captureEnv();
    const r = runPythonScript(env, 'x = 1\ny = x + "a"\n');
    expect(r).toEqual({
      exitCode: 1,
      error: { type: 'TypeError', message: "unsupported operand type(s) for +: 'int' and 'str'", line: 2, column: 5 },
    });
  });

  test('a syntax error reports its position and prints no traceback header', () => {
    const env = captureEnv();
    const r = runPythonScript(env, 'if True\n    pass\n');
    expect(r.error).toEqual({ type: 'SyntaxError', message: "expected ':'", line: 1, column: 8 });
    expect(env.stderr()).not.toContain('Traceback');
  });

  test.each([
    ['SystemExit with no code', 'raise SystemExit', 0, ''],
    ['exit code', 'import sys\nsys.exit(4)', 4, ''],
    ['exit message', 'import sys\nsys.exit("bye")', 1, 'bye\n'],
  ])('%s', (_name, source, code, stderr) => {
    const env = captureEnv();
    expect(runPythonScript(env, source).exitCode).toBe(code);
    expect(env.stderr()).toBe(stderr);
  });
});

describe('python determinism', () => {
  test('object addresses in reprs are the same on every run', () => {
    const source = 'class Thing:\n    pass\nprint(Thing(), print, [Thing()])\nprint(id(Thing()) > 0)\n';
    const first = captureEnv();
    runPythonScript(first, source);
    runPythonScript(captureEnv(), 'x = [object() for _ in range(50)]\n');
    const second = captureEnv();
    runPythonScript(second, source);
    expect(second.stdout()).toBe(first.stdout());
    expect(first.stdout()).toMatch(
      /^<__main__\.Thing object at 0x[0-9a-f]{12}> <built-in function print> \[<__main__\.Thing object at 0x[0-9a-f]{12}>\]\nTrue\n$/,
    );
  });
});

describe('python time and memory valves', () => {
  test('a loop of heavy native work stops on the wall-clock valve', () => {
    const env = captureEnv();
    const r = runPythonScript(
      env,
      'data = list(range(2000))\nwhile True:\n    sorted(data, reverse=True)\n',
      '<snippet>',
      {
        steps: 1e12,
        recursion: 1000,
        outputChars: 1000,
        seconds: 0.2,
      },
    );
    expect(r.error?.message).toBe('the snippet ran for too long (more than 0.2 seconds); is there an infinite loop?');
  });

  test.each([['list(range(10**9))'], ['[0] * 10**8'], ['"x" * 10**9']])(
    '%s is a MemoryError, not a frozen page',
    (expr) => {
      const env = captureEnv();
      const r = runPythonScript(env, `x = ${expr}\n`);
      expect(r.error?.type).toBe('MemoryError');
    },
  );
});
