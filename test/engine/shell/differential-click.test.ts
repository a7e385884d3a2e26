// Differential test against real click: 400 random `mlflow models ...` command lines, run by
// click itself over our own declarations (fixtures/tools/differential-click.py), must give the
// same exit code, stdout and stderr here (click 8.0-8.3 message formats, facts §7). Commands
// print their parsed values as JSON, so values, defaults and types are compared too.
import { describe, expect, test } from 'vitest';
import type { AnySpec, GroupSpec } from '../../../src/engine/shell/click/spec.ts';
import { runClick } from '../../../src/engine/shell/click/invoke.ts';
import { ROOT } from '../../../src/engine/shell/commands/root.ts';
import { emptyShellState, type ProgramContext } from '../../../src/engine/shell/program.ts';
import { EMPTY_REGISTRY } from '../../../src/engine/registry/types.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';
import cases from './fixtures/differential-click-cases.json' with { type: 'json' };

/** The same tree, with every command printing its values (help/version are not values in click). */
function printing(spec: AnySpec): AnySpec {
  if (spec.kind === 'group') return { ...spec, commands: spec.commands.map(printing) };
  const { note: _note, ...rest } = spec;
  return {
    ...rest,
    run: (ctx, values) => {
      const shown = Object.fromEntries(
        Object.entries(values)
          .filter(([k]) => k !== 'help')
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      ctx.out(JSON.stringify(shown) + '\n');
      return 0;
    },
  };
}
const models = ROOT.commands.find((c) => c.name === 'models') as AnySpec;
const TREE: GroupSpec = { ...ROOT, commands: [printing(models)] };

function run(argv: readonly string[]): { exit: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const ctx: ProgramContext = {
    env: {
      registry: EMPTY_REGISTRY,
      sources: deterministicSources(),
      strict: false,
      out: { write: () => {} },
      changes: [],
    },
    shell: emptyShellState(),
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    background: false,
    words: ['mlflow', ...argv],
    vars: {},
  };
  const exit = runClick(ctx, TREE, 'mlflow', argv);
  // The env-manager callback prints a whole traceback; the oracle only records that it raised.
  if (exit === 1 && stderr.includes('mlflow.exceptions.MlflowException')) stderr = 'MlflowException';
  return { exit, stdout, stderr };
}

const normalise = (json: string): unknown => (json.trim() === '' ? '' : JSON.parse(json));

describe('differential: our click engine vs real click', () => {
  test.each(cases.map((c) => ({ ...c, line: c.argv.join(' ') || '(no arguments)' })))('mlflow $line', (c) => {
    const got = run(c.argv);
    expect(got.exit).toBe(c.exit);
    if ('stdoutStart' in c) {
      expect(got.stdout.split('\n')[0]).toBe(c.stdoutStart);
      expect(got.stderr.split('\n')[0]).toBe(c.stderrStart);
    } else if (c.exit === 0 && c.stdout?.startsWith('{')) {
      expect(normalise(got.stdout)).toEqual(normalise(c.stdout));
    } else {
      expect({ stdout: got.stdout, stderr: got.stderr }).toEqual({ stdout: c.stdout, stderr: c.stderr });
    }
  });
});
