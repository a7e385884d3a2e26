// The REPL as a learner uses it at the terminal: prompts, echoes, blocks, errors, exit.
import { describe, expect, test } from 'vitest';
import { createPythonRepl, runPythonScript } from '../../src/engine/python/index.ts';
import { captureEnv } from './helpers.ts';

function session(lines: string[]) {
  const env = captureEnv();
  const repl = createPythonRepl(env);
  const prompts = lines.map((l) => repl.feed(l));
  return { env, repl, prompts };
}

describe('python REPL', () => {
  test.each([
    // [input lines, expected transcript (stdout and stderr interleaved)]
    [['1 + 2'], '3\n'],
    [['x = 5', 'x * 2'], '10\n'],
    [['None'], ''],
    [['print("hi")'], 'hi\n'],
    [['"text"'], "'text'\n"],
    [['[1, 2.5, None]'], '[1, 2.5, None]\n'],
    [['x = 1; x; x + 1'], '1\n2\n'],
    [['3', '_ * 2'], '3\n6\n'],
    // Inside the typed statement's blocks too, but never in def or class bodies (CPython 'single' mode).
    [['for i in range(2): i', ''], '0\n1\n'],
    [['if True:', '    "yes"', '    None', ''], "'yes'\n"],
    [['def f():', '    5', '', 'f()'], ''],
    [['class C:', '    7', ''], ''],
  ])('%j echoes the repr of expression statements', (lines, transcript) => {
    expect(session(lines).env.transcript()).toBe(transcript);
  });

  test('a block continues with "..." until a blank line, then runs', () => {
    const { env, prompts } = session(['for i in range(2):', '    print(i)', '']);
    expect(prompts).toEqual(['more', 'more', 'ready']);
    expect(env.stdout()).toBe('0\n1\n');
  });

  test('an open triple-quoted string asks for more; an open single-quoted one is an error at once', () => {
    const triple = session(['text = """first', 'second"""', 'text']);
    expect(triple.prompts).toEqual(['more', 'ready', 'ready']);
    expect(triple.env.stdout()).toBe("'first\\nsecond'\n");
    const single = session(["text = 'first"]);
    expect(single.prompts).toEqual(['ready']);
    expect(single.env.stderr()).toContain('SyntaxError: unterminated string literal (detected at line 1)');
  });

  test('an open bracket asks for more and runs as soon as it closes', () => {
    const { env, prompts } = session(['values = [1,', '  2]', 'values']);
    expect(prompts).toEqual(['more', 'ready', 'ready']);
    expect(env.stdout()).toBe('[1, 2]\n');
  });

  test('functions defined in one input are callable in the next', () => {
    const { env } = session(['def double(n):', '    return n * 2', '', 'double(21)']);
    expect(env.stdout()).toBe('42\n');
  });

  test('an error prints a <stdin> traceback without source lines and the session goes on', () => {
    const { env, repl } = session(['1 / 0', 'print("still here")']);
    expect(env.transcript()).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\nstill here\n',
    );
    expect(repl.exited).toBe(false);
  });

  test('an error inside a function names its frame by the line within its own input', () => {
    const { env } = session(['def f():', '    return undefined_name', '', 'f()']);
    expect(env.stderr()).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n  File "<stdin>", line 2, in f\nNameError: name \'undefined_name\' is not defined\n',
    );
  });

  test('a syntax error shows the line and a caret', () => {
    const { env } = session(['x = = 1']);
    expect(env.stderr()).toBe('  File "<stdin>", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n');
  });

  test('interrupt() prints KeyboardInterrupt and drops the pending block', () => {
    const env = captureEnv();
    const repl = createPythonRepl(env);
    expect(repl.feed('if True:')).toBe('more');
    repl.interrupt();
    expect(repl.feed('print("fresh")')).toBe('ready');
    expect(env.transcript()).toBe('KeyboardInterrupt\nfresh\n');
  });

  test.each([['exit()'], ['quit()'], ['import sys; sys.exit(0)']])('%s ends the session', (line) => {
    const { repl, env } = session([line]);
    expect(repl.exited).toBe(true);
    expect(env.transcript()).toBe('');
  });

  test('a warning shows once per <stdin> line without a source line', () => {
    const { env } = session(['import warnings', 'warnings.warn("careful", FutureWarning)']);
    expect(env.stderr()).toBe('<stdin>:1: FutureWarning: careful\n');
  });

  test('an infinite loop stops with a TimeoutError and the session survives', () => {
    const { env, repl } = session(['while True:', '    pass', '', '2 + 2']);
    expect(env.stderr()).toContain('TimeoutError: the snippet ran for too long');
    expect(env.stdout()).toBe('4\n');
    expect(repl.exited).toBe(false);
  });
});

describe('python REPL block edges', () => {
  test('a one-line compound statement still waits for a blank line', () => {
    const { env, prompts } = session(['for i in range(2): print(i)', '']);
    expect(prompts).toEqual(['more', 'ready']);
    expect(env.stdout()).toBe('0\n1\n');
  });

  test('a header with a syntax error is reported at once', () => {
    const { env, prompts } = session(['if True']);
    expect(prompts).toEqual(['ready']);
    expect(env.stderr()).toBe('  File "<stdin>", line 1\n    if True\n           ^\nSyntaxError: expected \':\'\n');
  });

  // Ids belong to one interpreter: a lesson example or another snippet running its own
  // interpreter in between must not renumber the REPL's objects.
  test('id(x) and the object address stay the same after another snippet runs', () => {
    const env = captureEnv();
    const repl = createPythonRepl(env);
    repl.feed('x = object()');
    repl.feed('print(id(x), x)');
    const other = captureEnv();
    runPythonScript(other, 'y = object()\nz = object()\nprint(id(y), z)');
    repl.feed('print(id(x), x)');
    const [before, after] = env.stdout().trimEnd().split('\n');
    expect(after).toBe(before);
    expect(before).toMatch(/^\d+ <object object at 0x[0-9a-f]+>$/);
    // Each interpreter numbers from the same start, so a script's first object gets the same id.
    expect(other.stdout().split(' ')[0]).toBe(before!.split(' ')[0]);
  });
});

describe('the output cap is per input', () => {
  test('an input cut at the output cap does not silence the next one', () => {
    const env = captureEnv();
    const repl = createPythonRepl(env);
    repl.feed("print('x' * 200_000)");
    repl.feed('print(6 * 7)');
    expect(env.stdout()).toContain('... output truncated');
    expect(env.stdout().trimEnd().endsWith('42')).toBe(true);
  });
});
