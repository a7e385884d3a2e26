// Expected output shows `<run_1>` where the terminal prints a 32-character run id, so in a table
// the columns after a placeholder slide left of their header. For display only (the matcher reads
// the lesson's own text), rows of a table are re-spaced to start each cell under its header.

const PLACEHOLDER = /<[a-z_][a-z0-9_]*>/;
const GAP = /\s{2,}/;

interface Cell {
  readonly start: number;
  readonly text: string;
}

/** A line's cells: text runs separated by two or more spaces, with where each starts. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (const m of line.matchAll(re)) out.push({ start: m.index ?? 0, text: m[0] });
  return out;
}

/**
 * Re-space the rows under a header line (a line of 3 or more cells followed by rows of the same
 * cell count) when a row holds a placeholder: each cell starts at its header's column, or two
 * spaces after the cell before it when that is further right.
 */
export function alignPlaceholderColumns(lines: readonly string[]): string[] {
  const result = [...lines];
  for (let h = 0; h < lines.length; h++) {
    const header = cells(lines[h] ?? '');
    if (header.length < 3 || !GAP.test(lines[h] ?? '')) continue;
    let r = h + 1;
    for (; r < lines.length; r++) {
      const row = lines[r] ?? '';
      const parts = cells(row);
      if (parts.length !== header.length) break;
      if (!PLACEHOLDER.test(row)) continue;
      let text = '';
      parts.forEach((cell, j) => {
        const at = j === 0 ? cell.start : Math.max(header[j]?.start ?? 0, text.length + 2);
        text = text.padEnd(at) + cell.text;
      });
      result[r] = text;
    }
    // The rows belong to this header; none of them starts a table of its own.
    h = r - 1;
  }
  return result;
}

/** The same over a transcript: only output lines move, never a `$ ` or `>>> ` input line. */
export function alignTranscriptColumns(transcript: string): string {
  const lines = transcript.split('\n');
  const aligned: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    aligned.push(...alignPlaceholderColumns(block));
    block = [];
  };
  for (const line of lines) {
    if (/^(\$ |>>> |\.\.\. )/.test(line)) {
      flush();
      aligned.push(line);
    } else block.push(line);
  }
  flush();
  return aligned.join('\n');
}
