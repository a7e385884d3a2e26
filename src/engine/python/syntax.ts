// Syntax errors with CPython 3.11's wording. Three passes, in the order CPython's tokenizer and
// parser would meet the problems: a token scan (strings, brackets), the indentation of logical
// lines, then lezer's error nodes interpreted with a few heuristics (`expected ':'`, Python 2
// print). Positions are 1-based lines and 0-based columns.
import type { SyntaxNode, Tree } from '@lezer/common';
import type { LineMap } from './parse.ts';
import { span } from './syntax/semantics.ts';

export { checkSemantics } from './syntax/semantics.ts';
export { syntaxWarnings, type SyntaxWarningDiag } from './syntax/warnings.ts';

export interface SyntaxDiag {
  readonly kind: 'SyntaxError' | 'IndentationError';
  readonly message: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** False for errors CPython prints without a caret line (`unexpected indent`). */
  readonly caret: boolean;
  /** `expected an indented block`: the REPL keeps reading lines (`...`) rather than report it. */
  readonly missingBlock?: true;
}

interface LogicalLine {
  readonly line: number;
  readonly indent: number;
  /** Text of the logical line's first physical line from its first token. */
  readonly text: string;
  /** Position (line, col) just after the last token. */
  readonly endLine: number;
  readonly endCol: number;
  readonly endsWithColon: boolean;
  readonly hasTopLevelColon: boolean;
}

const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function diag(
  kind: SyntaxDiag['kind'],
  message: string,
  line: number,
  col: number,
  width = 1,
  caret = true,
): SyntaxDiag {
  return { kind, message, line, col, endLine: line, endCol: col + width, caret };
}

/** What scan finds: the first token-level error, an unclosed bracket, and the logical lines. */
export interface Scanned {
  readonly error: SyntaxDiag | null;
  readonly unclosed: SyntaxDiag | null;
  /** The error is a triple-quoted string still open at the end: more lines may close it (the REPL's `...`). */
  readonly openTripleQuote: boolean;
  readonly lines: LogicalLine[];
}

/** Token-level problems and the logical lines, in one pass over the source. */
export function scan(source: string): Scanned {
  const lines: LogicalLine[] = [];
  const stack: { ch: string; line: number; col: number }[] = [];
  let line = 1;
  let col = 0;
  let i = 0;
  const n = source.length;
  let lineStart = true;
  let current: {
    line: number;
    indent: number;
    text: string;
    endLine: number;
    endCol: number;
    last: string;
    colonDepth0: boolean;
  } | null = null;
  const finish = () => {
    if (current)
      lines.push({
        line: current.line,
        indent: current.indent,
        text: current.text,
        endLine: current.endLine,
        endCol: current.endCol,
        endsWithColon: current.last === ':',
        hasTopLevelColon: current.colonDepth0,
      });
    current = null;
  };
  const lineText = (l: number) => source.split('\n')[l - 1] ?? '';
  while (i < n) {
    const ch = source[i]!;
    if (lineStart && stack.length === 0) {
      // Measure indentation of a new logical line.
      let width = 0;
      let j = i;
      while (j < n && (source[j] === ' ' || source[j] === '\t' || source[j] === '\f')) {
        width = source[j] === '\t' ? (Math.floor(width / 8) + 1) * 8 : width + 1;
        j++;
      }
      const next = source[j];
      if (next === undefined || next === '\n' || next === '\r' || next === '#') {
        // blank or comment-only line: not a logical line
      } else if (!current) {
        current = {
          line,
          indent: width,
          text: lineText(line).slice(j - i),
          endLine: line,
          endCol: j - i,
          last: '',
          colonDepth0: false,
        };
      }
      col += j - i;
      i = j;
      lineStart = false;
      continue;
    }
    if (ch === '\n') {
      if (stack.length === 0 && !(i > 0 && source[i - 1] === '\\')) finish();
      line++;
      col = 0;
      i++;
      lineStart = true;
      continue;
    }
    if (ch === '#') {
      while (i < n && source[i] !== '\n') {
        i++;
        col++;
      }
      continue;
    }
    if (ch === '\\' && source[i + 1] === '\n') {
      i += 2;
      line++;
      col = 0;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
      i++;
      col++;
      continue;
    }
    const mark = (last: string) => {
      if (current) {
        current.endLine = line;
        current.endCol = col;
        current.last = last;
      }
    };
    if (ch === '"' || ch === "'") {
      const triple = source.startsWith(ch.repeat(3), i);
      const startLine = line;
      const startCol = col;
      // Include a string prefix (f, r, b...) already consumed as an identifier: CPython points at it.
      let prefixLen = 0;
      while (prefixLen < 2 && i - prefixLen - 1 >= 0 && /[rRbBfFuU]/.test(source[i - prefixLen - 1]!)) prefixLen++;
      if (prefixLen > 0 && i - prefixLen - 1 >= 0 && /\w/.test(source[i - prefixLen - 1]!)) prefixLen = 0;
      const quote = triple ? ch.repeat(3) : ch;
      let j = i + quote.length;
      let l = line;
      let c = col + quote.length;
      let closed = false;
      while (j < n) {
        const d = source[j]!;
        if (d === '\\') {
          if (source[j + 1] === '\n') {
            l++;
            c = 0;
          } else c += 2;
          j += 2;
          continue;
        }
        if (source.startsWith(quote, j)) {
          closed = true;
          j += quote.length;
          c += quote.length;
          break;
        }
        if (d === '\n') {
          if (!triple) break;
          l++;
          c = 0;
          j++;
          continue;
        }
        j++;
        c++;
      }
      if (!closed) {
        const lastLine = triple ? source.split('\n').length - (source.endsWith('\n') ? 1 : 0) : startLine;
        return {
          error: diag(
            'SyntaxError',
            `unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${lastLine})`,
            startLine,
            startCol - prefixLen,
          ),
          unclosed: null,
          openTripleQuote: triple,
          lines,
        };
      }
      i = j;
      line = l;
      col = c;
      mark('"');
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push({ ch, line, col });
      i++;
      col++;
      mark(ch);
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      const open = stack.pop();
      if (!open)
        return {
          error: diag('SyntaxError', `unmatched '${ch}'`, line, col),
          unclosed: null,
          openTripleQuote: false,
          lines,
        };
      if (open.ch !== CLOSER[ch]) {
        const where = open.line !== line ? ` on line ${open.line}` : '';
        return {
          error: diag(
            'SyntaxError',
            `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`,
            line,
            col,
          ),
          unclosed: null,
          openTripleQuote: false,
          lines,
        };
      }
      i++;
      col++;
      mark(ch);
      continue;
    }
    if (ch === ':' && stack.length === 0 && current) current.colonDepth0 = true;
    i++;
    col++;
    mark(ch);
  }
  finish();
  const open = stack[0];
  return {
    error: null,
    unclosed: open ? diag('SyntaxError', `'${open.ch}' was never closed`, open.line, open.col) : null,
    openTripleQuote: false,
    lines,
  };
}

const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  for: "'for' statement",
  while: "'while' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  def: 'function definition',
  class: 'class definition',
  match: "'match' statement",
  case: "'case' statement",
};

function firstWord(text: string): string {
  const m = /^(async\s+)?([A-Za-z_]\w*)/.exec(text);
  return m ? m[2]! : '';
}

/** CPython's INDENT/DEDENT checks over logical lines. */
export function checkIndentation(lines: readonly LogicalLine[]): SyntaxDiag | null {
  const stack = [0];
  let prev: LogicalLine | null = null;
  for (const l of lines) {
    const top = stack[stack.length - 1]!;
    const opener = prev !== null && prev.endsWithColon;
    if (opener && l.indent <= top) {
      const what = BLOCK_NAMES[firstWord(prev!.text)] ?? "'if' statement";
      const missing = diag(
        'IndentationError',
        `expected an indented block after ${what} on line ${prev!.line}`,
        l.line,
        l.indent,
      );
      return { ...missing, missingBlock: true };
    }
    if (l.indent > top) {
      if (!opener) return diag('IndentationError', 'unexpected indent', l.line, l.indent, 1, false);
      stack.push(l.indent);
    } else if (l.indent < top) {
      while (stack.length > 1 && stack[stack.length - 1]! > l.indent) stack.pop();
      if (stack[stack.length - 1] !== l.indent)
        return diag('IndentationError', 'unindent does not match any outer indentation level', l.line, l.endCol);
    }
    prev = l;
  }
  if (prev && prev.endsWithColon) {
    const what = BLOCK_NAMES[firstWord(prev.text)] ?? "'if' statement";
    const missing = diag(
      'IndentationError',
      `expected an indented block after ${what} on line ${prev.line}`,
      prev.line,
      0,
      1,
      false,
    );
    return { ...missing, missingBlock: true };
  }
  return null;
}

function firstErrorNode(tree: Tree): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  tree.iterate({
    enter: (n) => {
      if (found) return false;
      if (n.type.isError) {
        found = n.node;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

function tokenWidth(text: string, col: number): number {
  const m = /^[A-Za-z_]\w*|^\d[\w.]*/.exec(text.slice(col));
  return m ? m[0].length : 1;
}

/** Interprets lezer's first error node with CPython's most common messages. */
export function parseError(tree: Tree, lines: LineMap, logical: readonly LogicalLine[]): SyntaxDiag | null {
  const node = firstErrorNode(tree);
  if (!node) return null;
  // lezer may place the error on the whitespace before the token it could not use.
  let pos = node.from;
  const src = lines.source;
  while (pos < src.length && (src[pos] === ' ' || src[pos] === '\t')) pos++;
  const line = lines.line(pos);
  const col = lines.col(pos);
  const logicalLine = [...logical].reverse().find((l) => l.line <= line);
  if (logicalLine) {
    const text = logicalLine.text;
    const word = firstWord(text);
    if (word === 'print' && /^print\s+[^\s(=.,)[]/.test(text) && !/^print\s+(if|and|or|in|is|not)\b/.test(text)) {
      const width =
        logicalLine.endLine === logicalLine.line ? logicalLine.endCol - logicalLine.indent : text.trimEnd().length;
      return diag(
        'SyntaxError',
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        logicalLine.line,
        logicalLine.indent,
        width,
      );
    }
    const compound = [
      'if',
      'elif',
      'else',
      'for',
      'while',
      'def',
      'class',
      'try',
      'except',
      'finally',
      'with',
    ].includes(word);
    const atLineEnd = line > logicalLine.endLine || (line === logicalLine.endLine && col >= logicalLine.endCol);
    if (compound && !logicalLine.hasTopLevelColon && atLineEnd)
      return diag('SyntaxError', "expected ':'", logicalLine.endLine, logicalLine.endCol);
  }
  const special =
    juxtaposed(tree, lines, pos) ?? missingElse(tree, lines, pos) ?? assignInCondition(lines, pos, logicalLine);
  if (special) return special;
  const text = lines.text(line);
  return diag('SyntaxError', 'invalid syntax', line, col, tokenWidth(text, col));
}

/** Bracket depth at `pos` (strings and comments skipped): CPython's comma hint needs depth > 0. */
function depthAt(src: string, pos: number): number {
  let depth = 0;
  for (let i = 0; i < pos; i++) {
    const ch = src[i]!;
    if (ch === '#') while (i < pos && src[i] !== '\n') i++;
    else if (ch === '"' || ch === "'") {
      const q = src.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += q.length;
      while (i < pos && !src.startsWith(q, i)) i += src[i] === '\\' ? 2 : 1;
      i += q.length - 1;
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  return depth;
}

const EXPRESSION_NODES = new Set([
  'VariableName',
  'Number',
  'String',
  'FormatString',
  'ContinuedString',
  'Boolean',
  'None',
  'CallExpression',
  'MemberExpression',
  'ParenthesizedExpression',
  'TupleExpression',
  'ArrayExpression',
  'DictionaryExpression',
  'SetExpression',
  'BinaryExpression',
  'UnaryExpression',
]);

/** `f(a b)`, `[1 2]`: "invalid syntax. Perhaps you forgot a comma?" over both expressions. */
function juxtaposed(tree: Tree, lines: LineMap, pos: number): SyntaxDiag | null {
  const src = lines.source;
  if (depthAt(src, pos) <= 0) return null;
  let prevEnd = pos;
  while (prevEnd > 0 && (src[prevEnd - 1] === ' ' || src[prevEnd - 1] === '\t')) prevEnd--;
  if (prevEnd === pos || !/[\w"')\]}]/.test(src[prevEnd - 1] ?? '')) return null;
  const next = /^(?:[A-Za-z_]\w*|\d[\w.]*|"[^"\n]*"|'[^'\n]*')/.exec(src.slice(pos));
  if (!next || /^(if|else|for|in|and|or|not|is|as|from|lambda)$/.test(next[0])) return null;
  let a: SyntaxNode | null = tree.resolveInner(prevEnd, -1);
  while (a && !EXPRESSION_NODES.has(a.name)) a = a.parent;
  if (!a) return null;
  while (a.parent && EXPRESSION_NODES.has(a.parent.name) && a.parent.to === a.to) a = a.parent;
  return span(lines, 'invalid syntax. Perhaps you forgot a comma?', a.from, pos + next[0].length);
}

/** `a = 1 if True`: "expected 'else' after 'if' expression" over the whole conditional. */
function missingElse(tree: Tree, lines: LineMap, pos: number): SyntaxDiag | null {
  const src = lines.source;
  let prevEnd = pos;
  while (prevEnd > 0 && /[ \t]/.test(src[prevEnd - 1]!)) prevEnd--;
  let n: SyntaxNode | null = tree.resolveInner(prevEnd, -1);
  for (; n; n = n.parent) {
    if (n.name === 'if') break;
    const ifKw = n.getChild('if');
    if (
      ifKw &&
      n.name !== 'IfStatement' &&
      n.name !== 'ArrayComprehensionExpression' &&
      n.name !== 'ComprehensionExpression' &&
      !n.getChild('else')
    ) {
      const body = ifKw.prevSibling;
      const test = ifKw.nextSibling;
      if (body && test && test.to <= pos)
        return span(lines, "expected 'else' after 'if' expression", body.from, test.to);
      return null;
    }
    if (n.name === 'ExpressionStatement' || n.name === 'AssignStatement' || n.name === 'Script') break;
  }
  return null;
}

/** `if x = 1:` : "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
function assignInCondition(lines: LineMap, pos: number, logical: LogicalLine | undefined): SyntaxDiag | null {
  if (!logical || !['if', 'elif', 'while'].includes(firstWord(logical.text))) return null;
  const src = lines.source;
  if (src[pos] !== '=' || src[pos + 1] === '=') return null;
  const before = /([A-Za-z_]\w*)\s*$/.exec(src.slice(0, pos));
  if (!before) return null;
  const rest = /^=\s*([^:]+?)\s*(:|$)/m.exec(src.slice(pos));
  if (!rest) return null;
  const start = pos - before[0].length;
  return span(
    lines,
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    start,
    pos + rest[0].indexOf(rest[1]!) + rest[1]!.length,
  );
}
