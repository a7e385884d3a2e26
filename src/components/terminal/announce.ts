// The short sentence a screen reader hears after each command (the log itself is polite, so the
// output is read too; this says how it ended, which the output alone may not make clear).
export interface FinishedCommand {
  readonly lines: readonly { readonly stream: 'stdout' | 'stderr'; readonly text: string }[];
  readonly exitCode: number;
}

function countLines(lines: FinishedCommand['lines']): { out: number; err: number } {
  let out = 0;
  let err = 0;
  for (const l of lines) {
    const n = l.text.replace(/\n$/, '').split('\n').length;
    if (l.stream === 'stderr') err += n;
    else out += n;
  }
  return { out, err };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summarizeRun(run: FinishedCommand): string {
  const { out, err } = countLines(run.lines);
  const total = out + err;
  const size = total === 0 ? 'no output' : `${plural(total, 'line')} of output`;
  const errors = err > 0 ? `, ${plural(err, 'error line')}` : '';
  if (run.exitCode !== 0) return `Command failed with exit code ${run.exitCode}: ${size}${errors}`;
  return `Command finished: ${size}${errors}`;
}
