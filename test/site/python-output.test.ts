import { describe, expect, test } from 'vitest';
import { shownLines, tracebackPosition } from '../../src/components/lesson/python-output.ts';

describe('a code example run as the page shows it', () => {
  test('lines in the order written, each tagged: a warning before the prints after it, as check:content reads them', () => {
    const output = [
      { stream: 'stderr' as const, text: 'FutureWarning: stages are deprecated\n', tone: 'warning' as const },
      { stream: 'stdout' as const, text: 'a\nb\n' },
      { stream: 'stderr' as const, text: 'boom\n' },
    ];
    expect(shownLines({ stdout: 'a\nb\n', stderr: 'w\nboom\n', output, exitCode: 0, changes: [] })).toEqual([
      { stream: 'stderr', text: 'FutureWarning: stages are deprecated', tone: 'warning' },
      { stream: 'stdout', text: 'a' },
      { stream: 'stdout', text: 'b' },
      { stream: 'stderr', text: 'boom' },
    ]);
  });

  test('no output is no lines', () => {
    expect(shownLines({ stdout: '', stderr: '', output: [], exitCode: 0, changes: [] })).toEqual([]);
  });
});

describe('the editor marks the line a traceback points at', () => {
  test.each([
    [
      'Traceback (most recent call last):\n  File "ex-3.py", line 4, in <module>\n    client.get_model_version("nope", 1)\nmlflow.exceptions.MlflowException: Model Version (name=nope, version=1) not found\n',
      { line: 4, message: 'mlflow.exceptions.MlflowException: Model Version (name=nope, version=1) not found' },
    ],
    [
      '  File "ex-3.py", line 2\n    print("x"\n         ^\nSyntaxError: \'(\' was never closed\n',
      { line: 2, message: "SyntaxError: '(' was never closed" },
    ],
    ['  File "other.py", line 9\nNameError: name \'x\' is not defined\n', null],
    ['', null],
  ])('%#', (stderr, expected) => {
    expect(tracebackPosition(stderr, 'ex-3.py')).toEqual(expected);
  });
});
