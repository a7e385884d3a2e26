// String literals: prefixes, quotes and escape sequences decoded as CPython's tokenizer does
// (Parser/string_parser.c), with its error texts.

/** A string literal's value (prefix, quotes, escapes), or null for bytes (unsupported). */
export function decodeString(raw: string): string | null {
  const prefix = /^[a-zA-Z]*/.exec(raw)![0];
  const q = raw.slice(prefix.length);
  const quoteLen = q.startsWith('"""') || q.startsWith("'''") ? 3 : 1;
  const body = q.slice(quoteLen, q.length - quoteLen);
  if (/r/i.test(prefix)) return body;
  return decodeEscapes(body);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

/** A truncated `\\x`/`\\u`/`\\U` escape: CPython's "(unicode error)" SyntaxError. */
export class EscapeError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export function decodeEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  const bad = /\\(?:x(?![0-9a-fA-F]{2})|u(?![0-9a-fA-F]{4})|U(?![0-9a-fA-F]{8}))/.exec(s);
  if (bad && !/^(\\\\)*$/.test(s.slice(0, bad.index).match(/\\*$/)![0])) {
    // preceded by an escaped backslash: not an escape at all
  } else if (bad) {
    const kind = bad[0][1]!;
    const want = kind === 'x' ? 'XX' : kind === 'u' ? 'XXXX' : 'XXXXXXXX';
    const digits = /^[0-9a-fA-F]*/.exec(s.slice(bad.index + 2))![0].length;
    throw new EscapeError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${bad.index}-${bad.index + 1 + digits}: truncated \\${kind}${want} escape`,
    );
  }
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g,
    (m, e: string) => {
      if (e in SIMPLE_ESCAPES && !/^[0-7]{2,3}$/.test(e)) return SIMPLE_ESCAPES[e]!;
      if (/^[xuU]/.test(e)) {
        const cp = parseInt(e.slice(1), 16);
        return Number.isNaN(cp) || cp > 0x10ffff ? m : String.fromCodePoint(cp);
      }
      if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
      return m;
    },
  );
}
