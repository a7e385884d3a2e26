// Properties of the language core: mutated and random snippets always end as a Python outcome
// (output, a traceback, or a syntax error) within the step budget, and never leak JavaScript.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runs as caseCount, seed } from '../property.ts';
import { describe, expect, test } from 'vitest';
import { checkPython, createPythonRepl, runPythonScript } from '../../src/engine/python/index.ts';
import { captureEnv } from './helpers.ts';

const LIMITS = { steps: 20_000, recursion: 200, outputChars: 5_000 };
const JS_LEAK =
  /internal error|at [\w.<>]+ \(|\.ts:\d+|is not a function|Cannot read propert|undefined is not|RangeError|ReferenceError/;

function corpus(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'mlflow' || name === 'seed' ? [] : corpus(path);
    return name.endsWith('.py') ? [readFileSync(path, 'utf8')] : [];
  });
}
const SNIPPETS = corpus(join(import.meta.dirname, 'cases'));

const TOKENS = [
  'x',
  'y',
  'f',
  'print',
  'len',
  'range',
  'None',
  'True',
  '0',
  '1',
  '-1',
  '2.5',
  '"s"',
  "'t'",
  'f"{x}"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '.',
  '=',
  '==',
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  '<',
  'and',
  'or',
  'not',
  'in',
  'is',
  'if',
  'else',
  'elif',
  'for',
  'while',
  'def',
  'class',
  'return',
  'lambda',
  'try',
  'except',
  'finally',
  'raise',
  'with',
  'as',
  'import',
  'from',
  'pass',
  'break',
  'continue',
  'yield',
  'global',
  'nonlocal',
  'del',
  'assert',
  '*args',
  '**kw',
  '\n',
  '\n    ',
  ' ',
  '#',
  '\\',
  '"""',
  'sys',
  'json',
  'mlflow',
  '@',
  ';',
];

function runs(source: string): string {
  const env = captureEnv();
  const r = runPythonScript(env, source, '<snippet>', LIMITS);
  expect([0, 1, 2, 3, 4]).toContain(r.exitCode);
  return env.transcript();
}

describe('python fuzzing', () => {
  test('mutated case files never leak a JavaScript error', () => {
    const mutation = fc.record({
      snippet: fc.constantFrom(...SNIPPETS),
      at: fc.nat(),
      cut: fc.nat({ max: 6 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(mutation, ({ snippet, at, cut, insert }) => {
        const i = at % (snippet.length + 1);
        const source = snippet.slice(0, i) + insert + snippet.slice(i + cut);
        expect(runs(source)).not.toMatch(JS_LEAK);
      }),
      { numRuns: caseCount(400), seed: seed(20261127) },
    );
  });

  test('random token soup never leaks a JavaScript error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => {
        const source = tokens.join(' ');
        expect(runs(source)).not.toMatch(JS_LEAK);
        const diags = checkPython(source);
        for (const d of diags) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).toMatch(/^(SyntaxError|IndentationError): /);
        }
      }),
      { numRuns: caseCount(400), seed: seed(7) },
    );
  });

  test('well-formed expressions evaluate or raise a Python exception', () => {
    const atom = fc.constantFrom(
      '0',
      '1',
      '-3',
      '2.5',
      '0.0',
      '"ab"',
      '[1, 2]',
      '(1,)',
      '{"k": 1}',
      'None',
      'True',
      '{1}',
      'range(3)',
    );
    const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
      e: fc.oneof(
        { depthSize: 'small' },
        atom,
        fc
          .tuple(
            tie('e'),
            fc.constantFrom('+', '-', '*', '/', '//', '%', '**', '==', '<', 'in', 'and', 'or', '&', '<<'),
            tie('e'),
          )
          .map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc
          .tuple(
            fc.constantFrom(
              'len',
              'str',
              'int',
              'float',
              'bool',
              'list',
              'sorted',
              'repr',
              'abs',
              'sum',
              'max',
              'round',
              'hash',
            ),
            tie('e'),
          )
          .map(([f, a]) => `${f}(${a})`),
        fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a}[${b}]`),
        fc
          .tuple(tie('e'), fc.constantFrom('upper()', 'keys()', 'append(1)', 'real', 'split()', 'get(1)'))
          .map(([a, m]) => `${a}.${m}`),
        tie('e').map((a) => `f"{${a}!r:>4}"`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, (e) => {
        const out = runs(`print(${e})\n`);
        expect(out).not.toMatch(JS_LEAK);
        expect(out).toMatch(/\n$/);
      }),
      { numRuns: caseCount(500), seed: seed(42) },
    );
  });

  test('the REPL survives any sequence of lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...SNIPPETS.flatMap((s) => s.split('\n')).slice(0, 400)), fc.constant('')), {
          maxLength: 12,
        }),
        (lines) => {
          const env = captureEnv();
          const repl = createPythonRepl(env, LIMITS);
          for (const line of lines) expect(['more', 'ready']).toContain(repl.feed(line));
          expect(env.transcript()).not.toMatch(JS_LEAK);
        },
      ),
      { numRuns: caseCount(200), seed: seed(3) },
    );
  });
});
