// The source text as the converter and tracebacks see it (line and column of an offset), the
// error a malformed tree raises, and lezer child lists without comments.
import type { SyntaxNode } from '@lezer/common';

export class LineMap {
  readonly starts: number[] = [0];
  readonly lines: string[];
  readonly source: string;
  constructor(source: string) {
    this.source = source;
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
    this.lines = source.split('\n');
  }
  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  col(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]!;
  }
  text(line: number): string {
    return (this.lines[line - 1] ?? '').replace(/\r$/, '');
  }
}

/** Thrown for a construct the converter cannot read (only reached on malformed trees). */
export class ConvertError {
  readonly message: string;
  readonly from: number;
  /** End of the span CPython underlines, when wider than one character. */
  readonly to: number | null;
  constructor(message: string, from: number, to: number | null = null) {
    this.message = message;
    this.from = from;
    this.to = to;
  }
}

export const SKIP = new Set(['Comment', '(', ')', '[', ']', '{', '}']);

export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}
