// How a code example's run reads on the page: the lines a learner sees, each tagged with its
// stream, in the order the program wrote them when the session records that order.
import type { PythonRunOutcome } from '../../stores/session.ts';

export interface ShownLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

const split = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export function shownLines(result: PythonRunOutcome): ShownLine[] {
  // Prefer the interleaved record when the session provides one (same order as a terminal).
  const ordered = (result as { output?: readonly ShownLine[] }).output;
  if (Array.isArray(ordered)) {
    return ordered.flatMap((l) => split(l.text).map((text) => ({ stream: l.stream, text })));
  }
  return [
    ...split(result.stdout).map((text) => ({ stream: 'stdout' as const, text })),
    ...split(result.stderr).map((text) => ({ stream: 'stderr' as const, text })),
  ];
}
