// The shell's line syntax, a small part of bash's: words with '...', "..." and backslash quoting,
// `#` comments, and commands joined by `;`, `&&`, `||` or ended by `&` (background). Pipes and
// redirections are recognised only to be refused honestly. Words keep their source span so
// completion knows where the word under the cursor starts.

export interface Word {
  /** The word after quote removal. */
  readonly text: string;
  /** Span in the line, quotes included. */
  readonly start: number;
  readonly end: number;
}

/** How a command is joined to the next one. */
export type Joiner = ';' | '&&' | '||' | '&';

export interface SimpleCommand {
  readonly words: Word[];
  /** Operator after this command ('' for the last one). */
  readonly then: Joiner | '';
}

export type TokenizeResult =
  | { readonly ok: true; readonly commands: SimpleCommand[] }
  | { readonly ok: false; readonly message: string; readonly unsupported?: boolean };

export interface TokenizeOptions {
  /** Completion: accept an unfinished quote at the end of the line instead of failing. */
  readonly lenient?: boolean;
}

/**
 * A parameter expansion (`$NAME`, `${NAME}`, `$?`) becomes this marker in the word's text; the
 * runner substitutes it when the command runs (bash expands each command just before running it).
 */
export const EXPANSION = '\u0000';
/** The same for an unquoted expansion: a word that is only these and expands to '' is dropped. */
export const BARE_EXPANSION = '\u0001';

/** `$...` at `i`: the marker text and where the expansion ends, or null for a plain `$`. */
function expansionAt(line: string, i: number, quoted: boolean): { text: string; end: number } | null {
  const rest = line.slice(i + 1);
  const m = /^(?:\?|[0-9]|[A-Za-z_][A-Za-z0-9_]*|\{([A-Za-z_][A-Za-z0-9_]*|\?|[0-9])\})/.exec(rest);
  if (!m) return null;
  const name = m[1] ?? m[0];
  const mark = quoted ? EXPANSION : BARE_EXPANSION;
  return { text: `${mark}${name}${mark}`, end: i + 1 + m[0].length };
}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/** Split one line. Errors use bash's wording (`bash: syntax error near unexpected token ...`). */
export function tokenize(line: string, opts: TokenizeOptions = {}): TokenizeResult {
  const commands: SimpleCommand[] = [];
  let words: Word[] = [];
  let i = 0;
  const n = line.length;

  const endCommand = (then: Joiner): TokenizeResult | null => {
    if (words.length === 0) {
      return { ok: false, message: `bash: syntax error near unexpected token \`${then}'` };
    }
    commands.push({ words, then });
    words = [];
    return null;
  };

  while (i < n) {
    const ch = line[i] as string;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '#') break; // a comment runs to the end of the line
    if (ch === ';' || ch === '&' || ch === '|') {
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        const err = endCommand(two);
        if (err) return err;
        i += 2;
        continue;
      }
      if (ch === '|')
        return {
          ok: false,
          message: 'mlflow-sim: pipes (|) are not supported in this simulated terminal',
          unsupported: true,
        };
      if (two === ';;') return { ok: false, message: "bash: syntax error near unexpected token `;;'" };
      const err = endCommand(ch as Joiner);
      if (err) return err;
      i++;
      continue;
    }
    if (ch === '<' || ch === '>') {
      return {
        ok: false,
        message: 'mlflow-sim: redirection (< >) is not supported in this simulated terminal',
        unsupported: true,
      };
    }
    // A word: runs until unquoted whitespace or operator.
    const start = i;
    let text = '';
    while (i < n) {
      const c = line[i] as string;
      if (isSpace(c) || c === ';' || c === '&' || c === '|' || c === '<' || c === '>') break;
      if (c === "'") {
        const close = line.indexOf("'", i + 1);
        if (close === -1) {
          if (opts.lenient) {
            text += line.slice(i + 1);
            i = n;
            break;
          }
          return {
            ok: false,
            message: "bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file",
          };
        }
        text += line.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      if (c === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const d = line[i] as string;
          if (d === '"') {
            closed = true;
            i++;
            break;
          }
          // Inside double quotes a backslash only escapes $ ` " \ and newline.
          if (d === '\\' && i + 1 < n && '$`"\\\n'.includes(line[i + 1] as string)) {
            text += line[i + 1];
            i += 2;
            continue;
          }
          const dq = d === '$' ? expansionAt(line, i, true) : null;
          if (dq) {
            text += dq.text;
            i = dq.end;
            continue;
          }
          text += d;
          i++;
        }
        if (!closed && !opts.lenient) {
          return {
            ok: false,
            message: 'bash: unexpected EOF while looking for matching `"\'\nbash: syntax error: unexpected end of file',
          };
        }
        continue;
      }
      if (c === '\\') {
        if (i + 1 < n) {
          text += line[i + 1];
          i += 2;
        } else {
          i++; // a trailing backslash would continue the line; nothing follows in one input line
        }
        continue;
      }
      const ex = c === '$' ? expansionAt(line, i, false) : null;
      if (ex) {
        text += ex.text;
        i = ex.end;
        continue;
      }
      text += c;
      i++;
    }
    words.push({ text, start, end: i });
  }
  if (words.length > 0) commands.push({ words, then: '' });
  const last = commands[commands.length - 1];
  if (words.length === 0 && last && (last.then === '&&' || last.then === '||') && !opts.lenient) {
    return { ok: false, message: 'bash: syntax error: unexpected end of file' };
  }
  return { ok: true, commands };
}
