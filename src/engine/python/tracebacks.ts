// CPython 3.11's traceback text (Lib/traceback.py, TracebackException.format): frames with
// source lines and position markers, repeated frames collapsed, chained causes and contexts,
// "Did you mean" suggestions and exception notes.
import type { Interpreter } from './interpreter.ts';
import type { ErrorSpot, PyException, PyValue } from './values.ts';
import { suggestionFor } from './suggestions.ts';

export function qualifiedName(exc: PyException): string {
  const m = exc.cls.module;
  return m === 'builtins' || m === '__main__' ? exc.cls.name : `${m}.${exc.cls.name}`;
}

export function safeStr(interp: Interpreter, exc: PyException): string {
  try {
    return interp.str(exc);
  } catch {
    return `<exception str() failed>`;
  }
}

/** A full CPython-shaped traceback, with chained causes and contexts. */
export function formatException(interp: Interpreter, exc: PyException, seen = new Set<PyException>()): string {
  seen.add(exc);
  let out = '';
  if (exc.cause && !seen.has(exc.cause)) {
    out += formatException(interp, exc.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatException(interp, exc.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    let last = '';
    let repeats = 0;
    const flush = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    };
    for (const t of exc.traceback) {
      const key = `${t.filename}\0${t.line}\0${t.name}`;
      if (key === last) repeats++;
      else {
        flush();
        last = key;
        repeats = 1;
      }
      if (repeats > 3) continue;
      out += `  File "${t.filename}", line ${t.line}, in ${t.name}\n`;
      if (t.sourceLine !== null && t.sourceLine.trim()) {
        out += `    ${t.sourceLine.trim()}\n`;
        if (t.carets !== null) out += `    ${t.carets}\n`;
      }
    }
    flush();
  }
  const msg = safeStr(interp, exc) + suggestionFor(exc);
  out += msg ? `${qualifiedName(exc)}: ${msg}\n` : `${qualifiedName(exc)}\n`;
  const notes = exc.attrs.get('__notes__');
  if (notes && typeof notes === 'object' && 'items' in notes)
    for (const n of (notes as { items: PyValue[] }).items) out += `${String(n)}\n`;
  return out;
}

/**
 * CPython 3.11's marker line under a traceback source line (traceback.py, format_frame_summary):
 * shown when the failing expression does not span the whole stripped line, or with anchors.
 */
export function caretLine(sourceLine: string, spot: ErrorSpot): string | null {
  const stripped = sourceLine.trim();
  const leading = sourceLine.length - sourceLine.trimStart().length;
  const start = spot.col;
  const end = spot.endLine === spot.line ? spot.endCol : leading + stripped.length;
  if (end <= start) return null;
  const anchor = spot.line === spot.endLine ? spot.anchor : null;
  if (!(end - start < stripped.length || anchor)) return null;
  let line = ' '.repeat(start - leading);
  if (anchor) {
    const [l, r] = anchor;
    line += '~'.repeat(Math.max(0, l - start)) + '^'.repeat(Math.max(0, r - l)) + '~'.repeat(Math.max(0, end - r));
  } else line += '^'.repeat(end - start);
  return line;
}
