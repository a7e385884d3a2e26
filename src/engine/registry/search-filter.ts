// The filter grammar of `search_model_versions` / `search_registered_models`
// (mlflow/utils/search_utils.py: SearchModelVersionUtils, SearchModelUtils; facts §2.5).
// MLflow tokenises with sqlparse; this is a small hand-written tokenizer that accepts the same
// AND-ed `identifier comparator value` clauses and reports MLflow's messages for the usual mistakes.
// Python prints the valid-key sets in hash order, which varies per process; we fix one order.
import { mlflowError } from './result.ts';
import type { MlflowError } from './types.ts';

export const invalidParameter = (message: string): MlflowError => mlflowError(message, 'INVALID_PARAMETER_VALUE');

export interface Clause {
  readonly type: 'attribute' | 'tag';
  readonly key: string;
  readonly comparator: string;
  readonly value: string | number | readonly string[];
}

type Tok =
  | { t: 'word'; text: string }
  | { t: 'str'; text: string; quote: "'" | '"' | '`' }
  | { t: 'num'; text: string }
  | { t: 'op'; text: string }
  | { t: 'list'; text: string; items: ListItem[] | null }
  /** A token that can never be part of a comparison: a lone quote, an SQL keyword. */
  | { t: 'junk'; text: string };

/** Words sqlparse lexes as keywords, so they are no identifier (`timestamp > 0` is no comparison). */
const KEYWORDS = new Set(['TIMESTAMP', 'IS', 'OR', 'NULL', 'SELECT', 'FROM', 'WHERE', 'BETWEEN']);

/** One element of a parenthesised list, as `ast.literal_eval` reads it: a str or a number. */
type ListItem = string | number;

const OPS = ['==', '!=', '<>', '<=', '>=', '=', '<', '>'];

/** Split a filter into tokens; an unterminated quote is a parse error like sqlparse's leftovers. */
function tokenize(s: string): Tok[] | MlflowError {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let text = '';
      let closed = true;
      for (;;) {
        if (j >= s.length) {
          closed = false;
          break;
        }
        const d = s[j] as string;
        if (d === c && s[j + 1] === c) {
          text += c;
          j += 2;
          continue;
        }
        if (d === c) break;
        text += d;
        j++;
      }
      if (!closed) {
        // sqlparse leaves a quote with no partner as a one-character error token and goes on.
        out.push({ t: 'junk', text: c });
        i++;
        continue;
      }
      out.push({ t: 'str', text: s.slice(i, j + 1), quote: c });
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const end = s.indexOf(')', i);
      if (end < 0) return invalidParameter(`Invalid clause(s) in filter string: ${s.slice(i)}`);
      const inner = s.slice(i + 1, end).trim();
      const items: ListItem[] = [];
      let ok = true;
      const parts = inner === '' ? [] : inner.split(',');
      // A trailing comma is allowed: `('a',)` is a one-element tuple.
      if (parts.length > 1 && (parts[parts.length - 1] as string).trim() === '') parts.pop();
      for (const part of parts) {
        const p = part.trim();
        if (p.length >= 2 && (p[0] === "'" || p[0] === '"') && p[p.length - 1] === p[0]) items.push(p.slice(1, -1));
        else if (/^[+-]?\d+$/.test(p)) items.push(Number(p));
        else ok = false;
      }
      out.push({ t: 'list', text: s.slice(i, end + 1), items: ok ? items : null });
      i = end + 1;
      continue;
    }
    const op = OPS.find((o) => s.startsWith(o, i));
    if (op) {
      out.push({ t: 'op', text: op });
      i += op.length;
      continue;
    }
    let j = i;
    while (j < s.length && !/[\s=!<>()'"]/.test(s[j] as string)) {
      // A backquoted or quoted part after a dot belongs to the identifier: tags.`my key`.
      if (s[j] === '.' && (s[j + 1] === '`' || s[j + 1] === '"' || s[j + 1] === "'")) {
        const q = s[j + 1] as string;
        const close = s.indexOf(q, j + 2);
        if (close < 0) return invalidParameter(`Invalid clause(s) in filter string: ${s.slice(i)}`);
        j = close + 1;
        continue;
      }
      j++;
    }
    if (j === i) {
      // A character no token starts with (a stray `)`, a lone `!`): sqlparse keeps it as
      // punctuation, which is no part of a comparison.
      out.push({ t: 'junk', text: c });
      i++;
      continue;
    }
    const text = s.slice(i, j);
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) out.push({ t: 'num', text });
    else if (KEYWORDS.has(text.toUpperCase())) out.push({ t: 'junk', text });
    else out.push({ t: 'word', text });
    i = j;
  }
  return out;
}

export interface Grammar {
  /** Attribute keys allowed in a filter, in the order the error message lists them. */
  readonly keys: readonly string[];
  readonly numeric: ReadonlySet<string>;
  readonly stringComparators: readonly string[];
}

export const MV_GRAMMAR: Grammar = {
  keys: ['name', 'version_number', 'run_id', 'source_path'],
  numeric: new Set(['version_number']),
  stringComparators: ['=', '!=', 'LIKE', 'ILIKE', 'IN'],
};
export const RM_GRAMMAR: Grammar = {
  keys: ['name'],
  numeric: new Set(),
  stringComparators: ['=', '!=', 'LIKE', 'ILIKE'],
};
const NUMERIC_COMPARATORS = ['=', '!=', '>', '>=', '<', '<='];
const TAG_COMPARATORS = ['=', '!=', 'LIKE', 'ILIKE'];
export const pySet = (xs: readonly string[]): string => `{${xs.map((x) => `'${x}'`).join(', ')}}`;

function stripQuotes(text: string): string | MlflowError {
  if (text.length >= 2 && (text[0] === "'" || text[0] === '"') && text[text.length - 1] === text[0]) {
    // `_strip_quotes` only trims the ends: a doubled quote inside stays doubled, as in MLflow.
    return text.slice(1, -1);
  }
  return invalidParameter(
    `Parameter value is either not quoted or unidentified quote types used for string value ${text}. Use either single or double quotes.`,
  );
}

export function trimQuotesAndBackticks(key: string): string {
  if (key.length >= 2 && (key[0] === "'" || key[0] === '"' || key[0] === '`') && key[key.length - 1] === key[0]) {
    return key.slice(1, -1);
  }
  return key;
}

/** Parse `name='m' AND tags.k LIKE 'x%'` into clauses, or MLflow's error for the first problem. */
export function parseFilter(filter: string | null | undefined, g: Grammar = MV_GRAMMAR): Clause[] | MlflowError {
  if (!filter) return [];
  const toks = tokenize(filter);
  if (!('length' in toks)) return toks;
  // Group into clauses separated by AND.
  const groups: Tok[][] = [[]];
  for (const t of toks) {
    if (t.t === 'word' && t.text.toUpperCase() === 'AND') groups.push([]);
    else (groups[groups.length - 1] as Tok[]).push(t);
  }
  // sqlparse groups `operand comparator operand` into a Comparison; every other token (bar AND
  // and whitespace) is invalid, and MLflow lists them all, comma-separated
  // (SearchModelUtils._process_statement).
  const comparisons: [Tok, Tok, Tok][] = [];
  const invalid: string[] = [];
  for (const grp of groups) {
    // `NOT IN` is one comparator.
    const g2: Tok[] = [];
    for (const t of grp) {
      const prev = g2[g2.length - 1];
      if (t.t === 'word' && t.text.toUpperCase() === 'IN' && prev?.t === 'word' && prev.text.toUpperCase() === 'NOT') {
        g2[g2.length - 1] = { t: 'op', text: 'NOT IN' };
      } else g2.push(t);
    }
    for (let i = 0; i < g2.length; ) {
      const [a, b, c] = [g2[i], g2[i + 1], g2[i + 2]];
      if (a && b && c && isOperand(a) && isComparator(b) && isOperand(c)) {
        comparisons.push([a, b, c]);
        i += 3;
      } else {
        invalid.push((a as Tok).text);
        i++;
      }
    }
  }
  if (invalid.length) return invalidParameter(`Invalid clause(s) in filter string: ${invalid.join(', ')}`);
  const clauses: Clause[] = [];
  for (const g2 of comparisons) {
    const grp = g2;
    const [left, cmp, right] = g2 as [Tok, Tok, Tok];
    if (left.t !== 'word' && !(left.t === 'str' && left.quote !== "'")) {
      return invalidParameter(`Invalid comparison clause. Expected 'Identifier' found '${left.text}'`);
    }
    const comparator = cmp.text.toUpperCase() === '<>' ? '!=' : cmp.text.toUpperCase();
    // Identifier: `key` or `entity.key` (split on the first dot).
    const ident = left.text;
    const dot = ident.indexOf('.');
    let type: 'attribute' | 'tag' = 'attribute';
    let key = ident;
    if (dot >= 0) {
      const entity = ident.slice(0, dot);
      key = ident.slice(dot + 1);
      if (!['attribute', 'tag', 'tags'].includes(entity)) {
        return invalidParameter(`Invalid entity type '${entity}'. Valid entity types are ('attribute', 'tag', 'tags')`);
      }
      type = entity === 'attribute' ? 'attribute' : 'tag';
    }
    if (type === 'attribute' && !g.keys.includes(key)) {
      return invalidParameter(`Invalid attribute key '${key}' specified. Valid keys are '${pySet(g.keys)}'`);
    }
    key = trimQuotesAndBackticks(key);
    // Value.
    let value: string | number | readonly string[];
    if (right.t === 'word' && /[-+*/%]/.test(right.text)) {
      // `my-model` unquoted is an arithmetic Operation to sqlparse, not an Identifier.
      return invalidParameter(
        type === 'tag'
          ? `Expected a quoted string value for tag (e.g. 'my-value'). Got value ${right.text}`
          : `Expected a quoted string value or a list of quoted string values for attributes. Got value ${right.text}`,
      );
    }
    if (right.t === 'str' || right.t === 'word') {
      const v = stripQuotes(right.text);
      if (typeof v !== 'string') return v;
      value = v;
    } else if (right.t === 'list') {
      if (type === 'tag') {
        return invalidParameter(`Expected a quoted string value for tag (e.g. 'my-value'). Got value ${right.text}`);
      }
      if (key !== 'run_id') {
        return invalidParameter("Only the 'run_id' attribute supports comparison with a list of quoted string values.");
      }
      // SearchUtils._parse_list_from_sql_token: ast.literal_eval, then a non-empty tuple of str.
      if (!right.items) {
        return invalidParameter(
          'While parsing a list in the query, expected a non-empty list of string values, but got ill-formed list.',
        );
      }
      if (right.items.length === 0) {
        return invalidParameter(
          'While parsing a list in the query, expected a non-empty list of string values, but got empty list',
        );
      }
      if (!right.items.every((x) => typeof x === 'string')) {
        return invalidParameter(
          `While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: ${pyTuple(right.items)}`,
        );
      }
      value = right.items as string[];
    } else if (right.t === 'num') {
      if (type === 'tag') {
        return invalidParameter(`Expected a quoted string value for tag (e.g. 'my-value'). Got value ${right.text}`);
      }
      // SearchModelUtils (registered models) has no numeric attribute to compare: its message.
      if (g.numeric.size === 0) {
        return invalidParameter(
          `Expected a quoted string value or a list of quoted string values for attributes. Got value ${right.text}`,
        );
      }
      if (!g.numeric.has(key)) {
        return invalidParameter(
          `Only the '${pySet([...g.numeric, 'creation_timestamp', 'last_updated_timestamp'])}' attributes support comparison with numeric values.`,
        );
      }
      value = Number(right.text);
    } else {
      return invalidParameter(`Invalid comparison clause. Expected value token found '${right.text}'`);
    }
    if (comparator === 'IN' && key === 'run_id' && !Array.isArray(value)) {
      return invalidParameter(`Invalid clause(s) in filter string: ${grp.map((t) => t.text).join(' ')}`);
    }
    clauses.push({ type, key, comparator, value });
  }
  // Comparators are the SQL store's to refuse, once every clause's value has parsed, in its own
  // words (sqlalchemy_store.py::_get_search_registered_model_filter_query and
  // _get_search_model_versions_filter_clauses).
  for (const { type, key, comparator } of clauses) {
    if (type === 'tag' && !TAG_COMPARATORS.includes(comparator)) {
      return invalidParameter(`Invalid comparator for tag: ${comparator}`);
    }
    if (type === 'attribute' && g.numeric.has(key) && !NUMERIC_COMPARATORS.includes(comparator)) {
      return invalidParameter(`Invalid comparator for attribute ${key}: ${comparator}`);
    }
    if (type === 'attribute' && !g.numeric.has(key) && !g.stringComparators.includes(comparator)) {
      return invalidParameter(`Invalid comparator for attribute: ${comparator}`);
    }
    if (comparator === 'IN' && key !== 'run_id') return invalidParameter('Invalid comparator for attribute: IN');
  }
  return clauses;
}

const isOperand = (t: Tok): boolean => t.t === 'word' || t.t === 'str' || t.t === 'num' || t.t === 'list';
const isComparator = (t: Tok): boolean =>
  t.t === 'op' || (t.t === 'word' && ['LIKE', 'ILIKE', 'IN'].includes(t.text.toUpperCase()));

/** Python's repr of a tuple of str and int (`('a', 1)`, `(1,)`). */
function pyTuple(items: readonly ListItem[]): string {
  const shown = items.map((x) => (typeof x === 'string' ? pyStrRepr(x) : String(x)));
  return shown.length === 1 ? `(${shown[0]},)` : `(${shown.join(', ')})`;
}

function pyStrRepr(x: string): string {
  return x.includes("'") && !x.includes('"') ? `"${x}"` : `'${x.replace(/'/g, "\\'")}'`;
}

/** SQL LIKE with `%` and `_` (sqlite runs with `PRAGMA case_sensitive_like = true` in MLflow). */
export function likeToRegExp(pattern: string, ignoreCase: boolean): RegExp {
  let re = '';
  for (const ch of pattern)
    re += ch === '%' ? '[\\s\\S]*' : ch === '_' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${re}$`, ignoreCase ? 'i' : '');
}
