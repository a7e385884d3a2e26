import { describe, expect, test } from 'vitest';
import { applyCompletion, commonPrefix, deleteWordBefore } from '../../src/components/terminal/editing.ts';
import { summarizeRun } from '../../src/components/terminal/announce.ts';

describe('Ctrl+W deletes the word before the cursor, like readline', () => {
  test.each([
    ['mlflow models serve', 19, 'mlflow models ', 14],
    ['mlflow models serve  ', 21, 'mlflow models ', 14],
    ['mlflow models serve', 13, 'mlflow  serve', 7],
    ['', 0, '', 0],
    ['one', 0, 'one', 0],
  ])('%j at %i -> %j', (text, cursor, after, at) => {
    expect(deleteWordBefore(text, cursor)).toEqual({ text: after, cursor: at });
  });
});

describe('Tab completion', () => {
  test.each([
    [['--model-name', '--model-uri'], '--model-'],
    [['serve'], 'serve'],
    [['predict', 'prepare-env'], 'pre'],
    [['a', 'b'], ''],
    [[], ''],
  ])('common prefix of %j is %j', (candidates, prefix) => {
    expect(commonPrefix(candidates)).toBe(prefix);
  });

  test('a unique completion replaces the typed word and adds a space', () => {
    expect(applyCompletion('mlflow models se', 16, 14, 'serve', true)).toEqual({
      text: 'mlflow models serve ',
      cursor: 20,
    });
  });

  test('several candidates complete only their shared prefix, with no space', () => {
    expect(applyCompletion('mlflow models list --mo', 23, 19, '--model-', false)).toEqual({
      text: 'mlflow models list --model-',
      cursor: 27,
    });
  });

  test('never shortens what the learner typed', () => {
    expect(applyCompletion('mlflow models pre', 17, 14, 'pr', false).text).toBe('mlflow models pre');
  });

  test('text after the cursor stays (no double space before it)', () => {
    expect(applyCompletion('mlflow mo --help', 9, 7, 'models', true)).toEqual({
      text: 'mlflow models --help',
      cursor: 13,
    });
  });
});

describe('the screen-reader summary after each command', () => {
  test.each([
    [{ lines: [{ stream: 'stdout' as const, text: 'hello' }], exitCode: 0 }, 'Command finished: 1 line of output'],
    [{ lines: [], exitCode: 0 }, 'Command finished: no output'],
    [
      {
        lines: [
          {
            stream: 'stderr' as const,
            text: "Usage: mlflow models [OPTIONS]\nTry 'mlflow models --help' for help.\n\nError: No such command 'x'.",
          },
        ],
        exitCode: 2,
      },
      'Command failed with exit code 2: 4 lines of output, 4 error lines',
    ],
    [
      {
        lines: [
          { stream: 'stdout' as const, text: 'a\nb\n' },
          { stream: 'stderr' as const, text: 'warn' },
        ],
        exitCode: 0,
      },
      'Command finished: 3 lines of output, 1 error line',
    ],
  ])('%#: %s', (run, expected) => {
    expect(summarizeRun(run)).toBe(expected);
  });
});
