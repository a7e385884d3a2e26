// A first-time learner compares the lesson's expected output with their terminal and finds
// `<run_1>` where they have `a087eaf3...`, or `...` where they have five lines. The checker's
// rules (src/engine/transcript.ts: lowercase `<placeholders>`, a bare `...` line) are explained
// right where they appear, naming the ones this example uses.
import { WILDCARD } from '../../engine/transcript.ts';

// Same shape as the matcher's placeholders: lowercase identifiers only.
const PLACEHOLDER = /<[a-z_][a-z0-9_]*>/g;

export function placeholderLegend(expected: readonly string[]): string | null {
  const names = [...new Set(expected.flatMap((line) => line.match(PLACEHOLDER) ?? []))];
  const elided = expected.some((line) => line === WILDCARD);
  if (names.length === 0 && !elided) return null;
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  const parts: string[] = [];
  if (names.length === 1) parts.push(`${shown} stands for a value that differs on every run (an id, a time or a port)`);
  if (names.length > 1) parts.push(`${shown} stand for values that differ on every run (ids, times, ports)`);
  if (elided) parts.push('a line “...” stands for lines left out');
  const check =
    names.length > 0 && elided
      ? 'The check allows for both.'
      : names.length > 0
        ? 'The check accepts any value there.'
        : 'The check accepts any lines there.';
  return `In the expected output, ${parts.join('; ')}. ${check}`;
}
