// `pprint.pformat(value)` with the defaults MLflow's entity repr uses (width=80, indent=1,
// sort_dicts=True, compact=False): mlflow/entities/_mlflow_object.py builds
// `<ModelVersion: k=pformat(v), ...>`, so a long tags dict or description wraps exactly the way
// CPython's Lib/pprint.py wraps it (PrettyPrinter._format, _pprint_dict, _pprint_list, _pprint_str).
// Only the types an entity property can hold are handled: str, int, float, None, bool, list, dict,
// and objects (shown with their own repr, never split).
import type { PyValue } from '../values.ts';
import { PyDict, PyList, PyTuple } from '../values.ts';

const WIDTH = 80;

/** `repr()` of a leaf value, supplied by the interpreter so strings and floats match CPython. */
export type ReprFn = (v: PyValue) => string;

/** pprint's `_safe_repr`: like repr(), but dict items sorted by key (sort_dicts=True). */
function safeRepr(v: PyValue, repr: ReprFn): string {
  if (v instanceof PyDict) {
    if (v.map.size === 0) return '{}';
    return (
      '{' +
      sortedItems(v, repr)
        .map(([k, x]) => `${safeRepr(k, repr)}: ${safeRepr(x, repr)}`)
        .join(', ') +
      '}'
    );
  }
  if (v instanceof PyList) return '[' + v.items.map((x) => safeRepr(x, repr)).join(', ') + ']';
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return '(' + safeRepr(v.items[0] as PyValue, repr) + ',)';
    return '(' + v.items.map((x) => safeRepr(x, repr)).join(', ') + ')';
  }
  return repr(v);
}

/** `sorted(d.items(), key=_safe_tuple)`: keys of one type compare naturally (strings by code point). */
function sortedItems(d: PyDict, repr: ReprFn): [PyValue, PyValue][] {
  const items = [...d.map.values()].map(([k, v]) => [k, v] as [PyValue, PyValue]);
  return items.sort(([a], [b]) => compareKeys(a, b, repr));
}

function compareKeys(a: PyValue, b: PyValue, repr: ReprFn): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const na = typeof a === 'bigint' || typeof a === 'number' ? Number(a) : NaN;
  const nb = typeof b === 'bigint' || typeof b === 'number' ? Number(b) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  // Mixed types: pprint falls back to (type name, id) ordering; the repr keeps it deterministic.
  const ra = repr(a);
  const rb = repr(b);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** `pprint.pformat(v)`. */
export function pformat(v: PyValue, repr: ReprFn): string {
  const out: string[] = [];
  format(v, out, 0, 0, 0, repr);
  return out.join('');
}

function format(v: PyValue, out: string[], indent: number, allowance: number, level: number, repr: ReprFn): void {
  const rep = safeRepr(v, repr);
  const maxWidth = WIDTH - indent - allowance;
  if (rep.length > maxWidth) {
    if (v instanceof PyDict) return pprintDict(v, out, indent, allowance, level + 1, repr);
    if (v instanceof PyList) return pprintSeq('[', ']', v.items, out, indent, allowance, level + 1, repr);
    if (v instanceof PyTuple) {
      const end = v.items.length === 1 ? ',)' : ')';
      return pprintSeq('(', end, v.items, out, indent, allowance + end.length - 1, level + 1, repr);
    }
    if (typeof v === 'string') return pprintStr(v, out, indent, allowance, level + 1, repr);
  }
  out.push(rep);
}

function pprintDict(d: PyDict, out: string[], indent: number, allowance: number, level: number, repr: ReprFn): void {
  out.push('{');
  const items = sortedItems(d, repr);
  const inner = indent + 1;
  const last = items.length - 1;
  items.forEach(([k, x], i) => {
    const krep = safeRepr(k, repr);
    out.push(krep, ': ');
    format(x, out, inner + krep.length + 2, i === last ? allowance + 1 : 1, level, repr);
    if (i !== last) out.push(',\n' + ' '.repeat(inner));
  });
  out.push('}');
}

function pprintSeq(
  open: string,
  close: string,
  items: readonly PyValue[],
  out: string[],
  indent: number,
  allowance: number,
  level: number,
  repr: ReprFn,
): void {
  out.push(open);
  const inner = indent + 1;
  items.forEach((x, i) => {
    if (i > 0) out.push(',\n' + ' '.repeat(inner));
    format(x, out, inner, i === items.length - 1 ? allowance + 1 : 1, level, repr);
  });
  out.push(close);
}

/** `_pprint_str`: split at whitespace into chunks that fit; parenthesised at the top level. */
function pprintStr(s: string, out: string[], indent: number, allowance: number, level: number, repr: ReprFn): void {
  if (s.length === 0) {
    out.push(repr(s));
    return;
  }
  const chunks: string[] = [];
  const lines = splitLinesKeepEnds(s);
  if (level === 1) {
    indent += 1;
    allowance += 1;
  }
  let maxWidth1 = WIDTH - indent;
  const maxWidth = maxWidth1;
  lines.forEach((line, i) => {
    const rep = repr(line);
    if (i === lines.length - 1) maxWidth1 -= allowance;
    if (rep.length <= maxWidth1) {
      chunks.push(rep);
      return;
    }
    // re.findall(r'\S*\s*', line) minus the final empty match.
    const parts = line.match(/\S*\s*/g)?.filter((p, j, all) => !(p === '' && j === all.length - 1)) ?? [line];
    let maxWidth2 = maxWidth;
    let current = '';
    parts.forEach((part, j) => {
      const candidate = current + part;
      if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
      if (repr(candidate).length > maxWidth2) {
        if (current) chunks.push(repr(current));
        current = part;
      } else {
        current = candidate;
      }
    });
    if (current) chunks.push(repr(current));
  });
  if (chunks.length === 1) {
    out.push(chunks[0] as string);
    return;
  }
  if (level === 1) out.push('(');
  chunks.forEach((c, i) => {
    if (i > 0) out.push('\n' + ' '.repeat(indent));
    out.push(c);
  });
  if (level === 1) out.push(')');
}

/** `str.splitlines(True)` for the separators that matter in tags and descriptions. */
function splitLinesKeepEnds(s: string): string[] {
  const out = s.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g);
  return out && out.length > 0 ? out : [s];
}
