// Every input ends in output or an error in the style of the real tool, never an exception:
// any string, any sequence of lines (including inside the Python REPL), Ctrl+C and Ctrl+D.
import fc from 'fast-check';
import { runs } from '../property.ts';
import { describe, expect, test } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { fakePython } from './fake-python.ts';
import { lessonSession } from './shell/helpers.ts';

const words = [
  'mlflow',
  'models',
  'serve',
  'transition-stage',
  'transition-version',
  'list-versions',
  '--model-name',
  'my-model',
  '--version',
  '--stage',
  'Production',
  'staging',
  '-m',
  'models:/my-model/1',
  'models:/my-model/Production',
  '-p',
  '5000',
  '-h',
  '--help',
  '--env-manager',
  'local',
  '&',
  ';',
  '&&',
  '||',
  'curl',
  'http://127.0.0.1:5000/invocations',
  '-d',
  '\'{"inputs": [[1, 2]]}\'',
  '-H',
  "'Content-Type: application/json'",
  'kill',
  '%1',
  'jobs',
  'python',
  '-c',
  'exit()',
  'history',
  'reset',
  'echo',
  '"',
  "'",
  '\\',
  '#',
  '|',
  '>',
  'abc',
  '',
  '--archive-existing-versions',
  'prepare-env',
  'update-pip-requirements',
  'add',
];

const line = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((w) => w.join(' ')),
);

type Action =
  | { kind: 'run'; line: string }
  | { kind: 'interrupt' }
  | { kind: 'eof' }
  | { kind: 'complete'; line: string; cursor: number };
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: line.map((l): Action => ({ kind: 'run', line: l })) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'interrupt' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'eof' }) },
  {
    weight: 2,
    arbitrary: fc.tuple(line, fc.nat(80)).map(([l, c]): Action => ({ kind: 'complete', line: l, cursor: c })),
  },
);

describe('Session never throws', () => {
  test('any single line yields a well-formed RunResult', () => {
    fc.assert(
      fc.property(line, fc.boolean(), (input, strict) => {
        const r = lessonSession({ strict }).run(input);
        expect(['$ ', '>>> ', '... ']).toContain(r.prompt);
        expect(Number.isInteger(r.exitCode)).toBe(true);
        for (const l of r.lines) expect(l.text).not.toContain('\n');
        expect(r.lines.some((l) => l.text.startsWith('internal error'))).toBe(false);
      }),
      { numRuns: runs(400) },
    );
  });

  test('any sequence of lines, keys and completions, in shell and Python modes', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), fc.boolean(), (actions, withPython) => {
        const s = lessonSession(withPython ? { python: fakePython() } : {});
        for (const a of actions) {
          if (a.kind === 'run') s.run(a.line);
          else if (a.kind === 'interrupt') s.interrupt();
          else if (a.kind === 'eof') s.eof();
          else {
            const c = s.complete(a.line, a.cursor);
            expect(c.from).toBeGreaterThanOrEqual(0);
          }
          expect(['$ ', '>>> ', '... ']).toContain(s.prompt);
        }
        // Whatever happened, the snapshot is JSON-safe and restores to the same registry.
        const restored = Session.restore(JSON.parse(JSON.stringify(s.snapshot())));
        expect(restored.registry).toEqual(s.registry);
        expect(restored.history).toEqual(s.history);
      }),
      { numRuns: runs(200) },
    );
  });
});
