// `search_runs` over the tracking store (mlflow/store/tracking/sqlalchemy_store.py::_search_runs
// with mlflow/utils/search_utils.py::SearchUtils): a filter of clauses joined by AND, each
// `metrics.<key> <op> <number>`, `params.<key> <op> '<text>'`, `tags.<key> <op> '<text>'` or a run
// attribute (`run_name`, `status`, `run_id`, `start_time`, `end_time`, with or without the
// `attributes.` prefix); `order_by` entries `<key> [ASC|DESC]`, then start time (newest first) and
// run id, runs lacking the ordering metric or param last. Messages recorded from MLflow 3.6.
import { mlflowError, read } from './result.ts';
import type { Result } from './result.ts';
import type { MlflowError, RegistryState, Run } from './types.ts';

type Kind = 'metric' | 'param' | 'tag' | 'attribute';

interface Clause {
  readonly kind: Kind;
  readonly key: string;
  readonly op: string;
  readonly value: string | number | readonly string[];
}

const NUMERIC_OPS = ['<', '!=', '>', '=', '<=', '>='];
const STRING_OPS = ['LIKE', '!=', '=', 'ILIKE'];
const STRING_ATTRIBUTES = ['run_name', 'status', 'run_id', 'user_id', 'artifact_uri'];
const NUMERIC_ATTRIBUTES = ['start_time', 'end_time', 'created', 'Created'];
/** SearchUtils.VALID_SEARCH_ATTRIBUTE_KEYS plus their display aliases (a Python set when printed). */
const ATTRIBUTE_KEYS =
  "{'Created', 'run_name', 'user_id', 'created', 'Run name', 'end_time', 'Run Name', 'run name', 'artifact_uri', 'start_time', 'status', 'run_id'}";

const bad = (message: string): MlflowError => mlflowError(message, 'INVALID_PARAMETER_VALUE');

/** Tokens as sqlparse splits a clause: quoted strings, parenthesised lists, operators, words. */
function tokenize(text: string): string[] | MlflowError {
  const tokens: string[] = [];
  const re =
    /\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\((?:[^)'"]|'[^']*'|"[^"]*")*\)|<=|>=|!=|<>|[<>=~]|[A-Za-z_][\w.`-]*(?:`[^`]*`)?|-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\S)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) tokens.push(m[1]!);
  return tokens;
}

function unquote(s: string): string | null {
  if (s.length >= 2 && (s[0] === "'" || s[0] === '"') && s.at(-1) === s[0]) return s.slice(1, -1);
  return null;
}

function splitAnd(tokens: string[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t.toUpperCase() === 'AND') out.push([]);
    else out.at(-1)!.push(t);
  }
  return out;
}

function identifier(raw: string): { kind: Kind; key: string } | MlflowError {
  const dot = raw.indexOf('.');
  const prefix = dot < 0 ? '' : raw.slice(0, dot).toLowerCase();
  const strip = (k: string) => (k.startsWith('`') && k.endsWith('`') ? k.slice(1, -1) : k);
  const rest = strip(raw.slice(dot + 1));
  if (['metric', 'metrics'].includes(prefix)) return { kind: 'metric', key: rest };
  if (['param', 'params', 'parameter', 'parameters'].includes(prefix)) return { kind: 'param', key: rest };
  if (['tag', 'tags'].includes(prefix)) return { kind: 'tag', key: rest };
  const key = ['attribute', 'attributes', 'attr', 'run'].includes(prefix) ? rest : strip(raw);
  if (![...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].includes(key))
    return bad(`Invalid attribute key '${key}' specified. Valid keys are '${ATTRIBUTE_KEYS}'`);
  return { kind: 'attribute', key };
}

function parseClause(tokens: string[]): Clause | MlflowError {
  const [rawKey, rawOp, rawValue] = tokens;
  if (tokens.length !== 3 || !rawKey || !rawOp || !rawValue)
    return bad(`Invalid clause(s) in filter string: ${tokens.map((t) => `'${t}'`).join(', ')}`);
  const id = identifier(rawKey);
  if ('message' in id) return id;
  const op = rawOp.toUpperCase();
  const numeric = id.kind === 'metric' || (id.kind === 'attribute' && NUMERIC_ATTRIBUTES.includes(id.key));
  if (numeric) {
    if (!NUMERIC_OPS.includes(op))
      return bad(`Invalid comparator '${rawOp}' not one of '{'<', '!=', '>', '=', '<=', '>='}`);
    const n = Number(rawValue);
    if (!Number.isFinite(n) || unquote(rawValue) !== null)
      return bad(`Expected numeric value type for metric. Found ${rawValue}`);
    return { ...id, op, value: n };
  }
  if (id.kind === 'attribute' && id.key === 'run_id' && (op === 'IN' || op === 'NOT IN')) {
    const inner = rawValue.startsWith('(') ? rawValue.slice(1, -1) : rawValue;
    const ids = inner.split(',').map((s) => unquote(s.trim()) ?? s.trim());
    return { ...id, op, value: ids };
  }
  if (!STRING_OPS.includes(op)) return bad(`Invalid comparator '${rawOp}' not one of '{'LIKE', '!=', '=', 'ILIKE'}'`);
  const text = unquote(rawValue);
  if (text === null)
    return bad(
      `Expected a quoted string value for ${id.kind === 'attribute' ? 'attributes' : `${id.kind}s`}. Got value ${rawValue}`,
    );
  return { ...id, op, value: text };
}

/** SQL LIKE: `%` any run, `_` one character; ILIKE ignores case. */
function like(text: string, pattern: string, ignoreCase: boolean): boolean {
  const re = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${re}$`, ignoreCase ? 'is' : 's').test(text);
}

function attribute(run: Run, key: string): string | number | null {
  switch (key) {
    case 'run_name':
      return run.runName;
    case 'status':
      return run.status;
    case 'run_id':
      return run.runId;
    case 'user_id':
      return 'learner';
    case 'start_time':
    case 'created':
    case 'Created':
      return run.startTime;
    case 'end_time':
      return run.endTime;
    default:
      return null;
  }
}

function fieldOf(run: Run, kind: Kind, key: string): string | number | null {
  if (kind === 'metric') return Object.hasOwn(run.metrics, key) ? run.metrics[key]! : null;
  if (kind === 'param') return Object.hasOwn(run.params, key) ? run.params[key]! : null;
  if (kind === 'tag') {
    const tags: Record<string, string> = { 'mlflow.runName': run.runName, 'mlflow.user': 'learner', ...run.tags };
    return Object.hasOwn(tags, key) ? tags[key]! : null;
  }
  return attribute(run, key);
}

function matches(run: Run, c: Clause): boolean {
  const v = fieldOf(run, c.kind, c.key);
  if (v === null) return false;
  if (Array.isArray(c.value)) return c.op === 'IN' ? c.value.includes(String(v)) : !c.value.includes(String(v));
  if (typeof c.value === 'number') {
    const n = Number(v);
    switch (c.op) {
      case '<':
        return n < c.value;
      case '<=':
        return n <= c.value;
      case '>':
        return n > c.value;
      case '>=':
        return n >= c.value;
      case '=':
        return n === c.value;
      default:
        return n !== c.value;
    }
  }
  const text = String(v);
  const want = c.value as string;
  if (c.op === 'LIKE') return like(text, want, false);
  if (c.op === 'ILIKE') return like(text, want, true);
  return c.op === '=' ? text === want : text !== want;
}

interface Ordering {
  readonly kind: Kind;
  readonly key: string;
  readonly ascending: boolean;
}

function parseOrderBy(entry: string): Ordering | MlflowError {
  const m = /^\s*(\S+?)(?:\s+(ASC|DESC))?\s*$/i.exec(entry);
  const id = m ? identifier(m[1]!) : null;
  if (!m || id === null || 'message' in id) return bad(`Invalid ordering key in order_by clause '${entry}'.`);
  return { ...id, ascending: (m[2] ?? 'ASC').toUpperCase() === 'ASC' };
}

export interface SearchRunsArgs {
  readonly experimentIds: readonly string[];
  readonly filterString: string | null;
  readonly orderBy: readonly string[] | null;
  /** Runs to leave out (the simulator's holders for models logged outside a run). */
  readonly hidden?: ReadonlySet<string>;
}

export function searchRuns(state: RegistryState, args: SearchRunsArgs): Result<readonly Run[]> {
  const clauses: Clause[] = [];
  const filter = (args.filterString ?? '').trim();
  if (filter !== '') {
    const tokens = tokenize(filter);
    if ('message' in tokens) return { ok: false, error: tokens };
    for (const part of splitAnd(tokens)) {
      const c = parseClause(part);
      if ('message' in c) return { ok: false, error: c };
      clauses.push(c);
    }
  }
  const orderings: Ordering[] = [];
  for (const entry of args.orderBy ?? []) {
    const o = parseOrderBy(entry);
    if ('message' in o) return { ok: false, error: o };
    orderings.push(o);
  }
  const runs = Object.values(state.runs).filter(
    (r) =>
      args.experimentIds.includes(r.experimentId) && !args.hidden?.has(r.runId) && clauses.every((c) => matches(r, c)),
  );
  const compare = (a: Run, b: Run): number => {
    for (const o of orderings) {
      const x = fieldOf(a, o.kind, o.key);
      const y = fieldOf(b, o.kind, o.key);
      if (x === y) continue;
      if (x === null) return 1; // missing values sort last either way
      if (y === null) return -1;
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
      if (d !== 0) return o.ascending ? d : -d;
    }
    if (a.startTime !== b.startTime) return b.startTime - a.startTime;
    return a.runId < b.runId ? -1 : 1;
  };
  return read(state, [...runs].sort(compare));
}
