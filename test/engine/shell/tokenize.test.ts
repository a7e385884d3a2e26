// The line syntax learners type: bash quoting, `;` / `&&` / `||` chains, `&`, comments.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/engine/shell/tokenize.ts';
import { lessonSession, stderr, stdout } from './helpers.ts';

const words = (line: string): string[][] => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.message);
  return r.commands.map((c) => c.words.map((w) => w.text));
};

describe('tokenize', () => {
  test.each([
    ['echo a b', [['echo', 'a', 'b']]],
    ['echo \'a  b\' "c d"', [['echo', 'a  b', 'c d']]],
    ["echo 'it''s'", [['echo', 'its']]],
    ['echo "say \\"hi\\" \\n"', [['echo', 'say "hi" \\n']]],
    ['echo "it\'s"', [['echo', "it's"]]],
    ['echo a\\ b \\$x', [['echo', 'a b', '$x']]],
    [
      'echo a; echo b',
      [
        ['echo', 'a'],
        ['echo', 'b'],
      ],
    ],
    [
      'echo a&&echo b||echo c',
      [
        ['echo', 'a'],
        ['echo', 'b'],
        ['echo', 'c'],
      ],
    ],
    ['echo a # comment; echo b', [['echo', 'a']]],
    ['echo a#b', [['echo', 'a#b']]],
    ['   ', []],
    ['--model-name=my-model', [['--model-name=my-model']]],
    ['mlflow models serve -m models:/m/1 &', [['mlflow', 'models', 'serve', '-m', 'models:/m/1']]],
  ])('%s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  test('words keep their spans (for completion)', () => {
    const r = tokenize(`echo 'a b' c`);
    expect(r.ok && r.commands[0]?.words.map((w) => [w.start, w.end])).toEqual([
      [0, 4],
      [5, 10],
      [11, 12],
    ]);
  });
});

describe('lines in the terminal', () => {
  test.each([
    [
      "echo 'unterminated",
      "bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file\n",
    ],
    [
      'echo "unterminated',
      'bash: unexpected EOF while looking for matching `"\'\nbash: syntax error: unexpected end of file\n',
    ],
    ['; echo a', "bash: syntax error near unexpected token `;'\n"],
    ['echo a ;; echo b', "bash: syntax error near unexpected token `;;'\n"],
    ['echo a &&', 'bash: syntax error: unexpected end of file\n'],
  ])('%s -> bash syntax error, exit 2', (line, err) => {
    const r = lessonSession().run(line);
    expect([stderr(r), r.exitCode]).toEqual([err, 2]);
  });

  test('pipes and redirection are refused honestly', () => {
    const r = lessonSession().run('mlflow models --help | head');
    expect(r.exitCode).toBe(2);
    expect(stderr(r)).toContain('not supported in this simulated terminal');
  });

  test('; runs everything, && stops at a failure, || runs only after one; exit code is the last one run', () => {
    const s = lessonSession();
    const r1 = s.run('echo one; nope; echo two');
    expect(stdout(r1)).toBe('one\ntwo\n');
    expect(stderr(r1)).toBe('bash: nope: command not found\n');
    expect(r1.exitCode).toBe(0);
    const r2 = s.run('nope && echo never');
    expect([stdout(r2), r2.exitCode]).toEqual(['', 127]);
    const r3 = s.run('nope || echo fallback');
    expect([stdout(r3), r3.exitCode]).toEqual(['fallback\n', 0]);
  });

  test.each(['foo', 'ls -la', 'mlfow models'])('unknown program %s answers like bash, exit 127', (line) => {
    const r = lessonSession().run(line);
    expect(r.exitCode).toBe(127);
    expect(stderr(r)).toBe(`bash: ${line.split(' ')[0]}: command not found\n`);
  });

  test('a comment-only or blank line does nothing', () => {
    for (const line of ['', '   ', '# just a note']) {
      const r = lessonSession().run(line);
      expect([r.lines, r.exitCode]).toEqual([[], 0]);
    }
  });
});
