// Build-time: the command reference, made by the engine itself. Every command of the simulated
// `mlflow` (from the one command table that drives parsing and help) with the `--help` text the
// terminal prints for it, so the reference can never disagree with the terminal.
import { Session } from '../../engine/session.ts';
import { ROOT } from '../../engine/shell/commands/root.ts';
import type { AnySpec } from '../../engine/shell/click/spec.ts';

export interface ReferenceEntry {
  /** "mlflow models serve" */
  readonly command: string;
  /** An anchor id: "mlflow-models-serve". */
  readonly id: string;
  readonly help: string;
  readonly shorthand: boolean;
  readonly group: boolean;
}

function walk(spec: AnySpec, path: string[], out: { path: string[]; spec: AnySpec }[]): void {
  out.push({ path, spec });
  if (spec.kind === 'group') for (const c of spec.commands) walk(c, [...path, c.name], out);
}

export function commandReference(): ReferenceEntry[] {
  const specs: { path: string[]; spec: AnySpec }[] = [];
  walk(ROOT, ['mlflow'], specs);
  const session = new Session({ python: null });
  return specs.map(({ path, spec }) => {
    const command = path.join(' ');
    const result = session.run(`${command} --help`);
    return {
      command,
      id: path.join('-'),
      help: result.lines.map((l) => l.text).join('\n'),
      shorthand: spec.shorthand === true,
      group: spec.kind === 'group',
    };
  });
}
