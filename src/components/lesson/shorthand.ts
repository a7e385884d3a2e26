// Does a transcript command use the course's shorthand (seed errata #1-2)? Answered from the
// simulator's own command table, so the lesson's label and the terminal's `note:` agree on
// which commands real MLflow lacks; options before the subcommand are skipped like click does.
import { ROOT } from '../../engine/shell/commands/root.ts';
import { findCommand } from '../../engine/shell/click/spec.ts';
import type { AnySpec } from '../../engine/shell/click/spec.ts';

export function usesShorthand(input: string): boolean {
  const words = input.trim().split(/\s+/);
  if (words[0] !== 'mlflow') return false;
  let spec: AnySpec = ROOT;
  for (const word of words.slice(1)) {
    if (word.startsWith('-')) continue;
    if (spec.kind !== 'group') break;
    const next = findCommand(spec, word, false);
    if (!next) return false;
    if (next.shorthand) return true;
    spec = next;
  }
  return false;
}

/**
 * The label a Tab completion list shows beside a candidate: only a candidate that is itself an
 * invented command is "course shorthand"; a version, stage or flag completed inside a shorthand
 * line is real MLflow's value and carries none.
 */
export function completionLabel(head: string, candidate: string): string {
  return usesShorthand(head + candidate) && !usesShorthand(head) ? `${candidate} (course shorthand)` : candidate;
}
