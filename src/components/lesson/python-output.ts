// How a code example's run reads on the page: the lines a learner sees, each tagged with its
// stream, in the order the program wrote them (a warning before the prints that follow it).
import type { Tone } from '../../engine/env.ts';
import type { PythonRunOutcome } from '../../stores/session.ts';

export interface ShownLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  /** For stderr: what the program said the line is (absent: an error). */
  readonly tone?: Tone;
}

const split = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export function shownLines(result: PythonRunOutcome): ShownLine[] {
  // The interleaved record, in the order written: the same lines check:content proves.
  return result.output.flatMap((l) =>
    split(l.text).map((text) => (l.tone ? { stream: l.stream, text, tone: l.tone } : { stream: l.stream, text })),
  );
}

/**
 * Where a traceback points in the learner's file: the last `File "<name>", line N` frame of
 * that file, and the exception line (the traceback's last line) as the message.
 */
export function tracebackPosition(stderr: string, filename: string): { line: number; message: string } | null {
  const lines = stderr.replace(/\n$/, '').split('\n');
  let line: number | null = null;
  const frame = /^\s*File "(.*)", line (\d+)/;
  for (const l of lines) {
    const m = frame.exec(l);
    if (m && m[1] === filename) line = Number(m[2]);
  }
  if (line === null) return null;
  const message =
    [...lines].reverse().find((l) => /^[A-Za-z_][\w.]*(Error|Exception|Warning|Interrupt|Exit)\b/.test(l)) ??
    lines[lines.length - 1] ??
    'error';
  return { line, message };
}
