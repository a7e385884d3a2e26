// The transcript matcher: what an author may write as expected output and what it accepts.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  formatDiff,
  matchLine,
  matchOutput,
  parseTranscript,
  readTranscriptHeader,
} from '../../src/engine/transcript.ts';

describe('matchOutput', () => {
  test.each([
    ['identical lines', ['a', 'b'], ['a', 'b'], true],
    ['a changed line', ['a', 'b'], ['a', 'c'], false],
    ['a missing line', ['a', 'b'], ['a'], false],
    ['an extra line', ['a'], ['a', 'b'], false],
    ['trailing spaces are ignored', ['a  '], ['a'], true],
    ['trailing blank lines are ignored', ['a', ''], ['a'], true],
    ['an inner blank line counts', ['Usage: x', '', 'Error: y'], ['Usage: x', 'Error: y'], false],
    ['... matches zero lines', ['a', '...', 'b'], ['a', 'b'], true],
    ['... matches many lines', ['a', '...', 'b'], ['a', '1', '2', '3', 'b'], true],
    ['... at the end matches the rest', ['a', '...'], ['a', 'x', 'y'], true],
    ['... alone matches nothing at all', ['...'], [], true],
    ['... still needs the lines after it', ['...', 'b'], ['a', 'c'], false],
    ['a placeholder matches a volatile id', ['run <run_id> done'], ['run 5f3c1a2b done'], true],
    ['a placeholder needs at least one character', ['run <run_id> done'], ['run  done'], false],
    ['the same placeholder twice must be the same value', ['<x> and <x>'], ['1 and 2'], false],
    ['the same placeholder twice with the same value', ['<x> and <x>'], ['7 and 7'], true],
    ['placeholders bind across lines', ['id <run_id>', 'again <run_id>'], ['id abc', 'again abd'], false],
    ['two placeholders on a line', ['<date> <time> INFO x'], ['2025/11/27 10:15:02 INFO x'], true],
    ['Python reprs are literal text, not placeholders', ['<ModelVersion: name=1>'], ['<ModelVersion: name=1>'], true],
    ['regex characters in expected output are literal', ['a.b (c) [d]'], ['aXb (c) [d]'], false],
  ])('%s', (_name, expected, actual, ok) => {
    expect(matchOutput(expected, actual).ok).toBe(ok);
  });

  test('bindings carry in from earlier steps', () => {
    expect(matchOutput(['<run_id>'], ['abc'], { run_id: 'abc' }).ok).toBe(true);
    expect(matchOutput(['<run_id>'], ['abd'], { run_id: 'abc' }).ok).toBe(false);
  });

  test('a match hands back what each placeholder stood for', () => {
    expect(matchOutput(['version <v> of <name>'], ['version 3 of my-model']).bindings).toEqual({
      v: '3',
      name: 'my-model',
    });
  });
});

describe('the diff of a failed match', () => {
  test.each([
    ['a changed line', ['a', 'b', 'c'], ['a', 'X', 'c'], '  a\n- b\n+ X\n  c'],
    ['a missing line', ['a', 'b'], ['a'], '  a\n- b'],
    ['an extra line', ['a'], ['a', 'b'], '  a\n+ b'],
    ['placeholders match in context', ['id <x>', 'done'], ['id 42', 'failed'], '  id 42\n- done\n+ failed'],
    ['what a wildcard matched is context, not a difference', ['a', '...', 'z'], ['a', 'b'], '  a\n  ... (1 line)\n- z'],
    [
      'a wildcard takes a run of lines, and the line after it still lines up',
      ['head', '...', 'done', 'tail'],
      ['head', '1', '2', 'done', 'tale'],
      '  head\n  ... (2 lines)\n  done\n- tail\n+ tale',
    ],
  ])('%s', (_name, expected, actual, text) => {
    const result = matchOutput(expected, actual);
    expect(result.ok).toBe(false);
    expect(formatDiff(result.diff)).toBe(text);
  });
});

describe('parseTranscript', () => {
  test('splits shell and REPL input from the output under it', () => {
    const steps = parseTranscript(
      '$ echo hi\nhi\n$ python\n>>> 1 + 1\n2\n>>> for i in [1]:\n...     print(i)\n... \n1\n',
    );
    expect(steps.map((s) => [s.prompt, s.input, s.expected, s.line])).toEqual([
      ['$ ', 'echo hi', ['hi'], 1],
      ['$ ', 'python', [], 3],
      ['>>> ', '1 + 1', ['2'], 4],
      ['>>> ', 'for i in [1]:', [], 6],
      ['... ', '    print(i)', [], 7],
      ['... ', '', ['1'], 8],
    ]);
  });

  test('a bare ... is a wildcard, not a continuation prompt', () => {
    expect(parseTranscript('$ ls\n...\nz').at(0)?.expected).toEqual(['...', 'z']);
  });

  test('header lines before the first prompt are read, not run', () => {
    const text = '# scenario: model-stages\n\n$ echo hi\nhi';
    expect(readTranscriptHeader(text)).toEqual({ scenario: 'model-stages' });
    expect(parseTranscript(text).map((s) => s.line)).toEqual([3]);
  });

  test('output before any input is an error naming the line', () => {
    expect(() => parseTranscript('\nhello\n$ ls')).toThrow(/line 2: output "hello" comes before any input/);
  });
});

describe('properties', () => {
  const plainLine = fc
    .string({ maxLength: 12 })
    .filter((s) => !s.includes('\n') && !s.includes('<') && s.trim() !== '...');
  const lines = fc
    .array(
      plainLine.map((s) => s.trimEnd()),
      { maxLength: 8 },
    )
    .map((ls) => {
      while (ls.length && ls[ls.length - 1] === '') ls.pop();
      return ls;
    });

  test('any output matches itself', () => {
    fc.assert(fc.property(lines, (ls) => matchOutput(ls, ls).ok));
  });

  test('a wildcard anywhere still matches', () => {
    fc.assert(
      fc.property(lines, fc.nat(), (ls, at) => {
        const i = ls.length ? at % (ls.length + 1) : 0;
        return matchOutput([...ls.slice(0, i), '...', ...ls.slice(i)], ls).ok;
      }),
    );
  });

  test('the diff of a mismatch holds every actual line, in order', () => {
    fc.assert(
      fc.property(lines, lines, (want, got) => {
        const { diff } = matchOutput(want, got);
        const shown = diff.filter((d) => d.op !== 'expected').map((d) => d.text);
        return JSON.stringify(shown) === JSON.stringify(got);
      }),
    );
  });

  test('matchLine: a lone placeholder binds the whole line', () => {
    fc.assert(
      fc.property(
        plainLine.filter((s) => s.trim().length > 0),
        (s) => matchLine('<x>', s, {})?.['x'] === s.trimEnd(),
      ),
    );
  });
});
