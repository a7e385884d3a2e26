// Running searches: filter live versions / models with the parsed clauses, then MLflow's ordering
// and max_results rules (facts §2.5; mlflow/store/model_registry/sqlalchemy_store.py).
import { own } from './own.ts';
import {
  invalidParameter,
  likeToRegExp,
  MV_GRAMMAR,
  parseFilter,
  pySet,
  RM_GRAMMAR,
  trimQuotesAndBackticks,
} from './search-filter.ts';
import type { Clause } from './search-filter.ts';
import type { MlflowError, ModelVersion, RegisteredModel, RegistryState } from './types.ts';
import { pythonStr } from './validation.ts';

export interface SearchOptions {
  readonly filterString?: string | null;
  readonly maxResults?: number | null;
  readonly orderBy?: readonly string[] | null;
}

function compare(lhs: string | number | undefined | null, c: Clause): boolean {
  if (lhs === undefined || lhs === null) return false;
  const v = c.value;
  switch (c.comparator) {
    case 'IN':
      return Array.isArray(v) && v.includes(String(lhs));
    case 'LIKE':
      return likeToRegExp(String(v), false).test(String(lhs));
    case 'ILIKE':
      return likeToRegExp(String(v), true).test(String(lhs));
    default: {
      const a = typeof lhs === 'number' ? lhs : String(lhs);
      const b = typeof lhs === 'number' ? Number(v) : String(v);
      switch (c.comparator) {
        case '=':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        case '>=':
          return a >= b;
        default:
          return false;
      }
    }
  }
}

function versionMatches(mv: ModelVersion, clauses: readonly Clause[]): boolean {
  for (const c of clauses) {
    let lhs: string | number | null | undefined;
    if (c.type === 'tag') lhs = own(mv.tags, c.key);
    else if (c.key === 'name') lhs = mv.name;
    else if (c.key === 'version_number') lhs = mv.version;
    else if (c.key === 'run_id') lhs = mv.runId;
    else lhs = mv.source;
    if (!compare(lhs, c)) return false;
  }
  return true;
}

type OrderKey = { key: string; asc: boolean };

/** `_parse_order_by_string`: `key` or `key ASC|DESC`; keys validated against `valid`. */
function parseOrderBy(
  orderBy: readonly string[] | null | undefined,
  valid: readonly string[],
  registered: boolean,
): OrderKey[] | MlflowError {
  const out: OrderKey[] = [];
  for (const raw of orderBy ?? []) {
    const parts = String(raw).trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts.length > 2)
      return invalidParameter(`Invalid order_by clause '${raw}'. Could not be parsed.`);
    let asc = true;
    if (parts.length === 2) {
      const o = (parts[1] as string).toLowerCase();
      if (o !== 'asc' && o !== 'desc') return invalidParameter(`Invalid ordering key in order_by clause '${raw}'.`);
      asc = o === 'asc';
    }
    let key = trimQuotesAndBackticks(parts[0] as string);
    if (key.startsWith('attribute.')) key = key.slice('attribute.'.length);
    const dot = key.indexOf('.');
    if (!registered && dot >= 0) {
      // SearchExperimentsUtils._get_identifier: `tag.k` / `tags.k` parse as a tag, which the SQL
      // store then refuses by its bare key, printing the valid set without quotes around it.
      const entity = key.slice(0, dot);
      if (entity !== 'tag' && entity !== 'tags') {
        return invalidParameter(`Invalid entity type '${entity}'. Valid entity types are ('attribute', 'tag', 'tags')`);
      }
      return invalidParameter(
        `Invalid order by key '${trimQuotesAndBackticks(key.slice(dot + 1))}' specified. Valid keys are ${pySet(valid)}`,
      );
    }
    if (!valid.includes(key)) {
      return invalidParameter(
        registered
          ? `Invalid order by key '${key}' specified. Valid keys are '${pySet(['name', 'timestamp'])}'`
          : `Invalid attribute key '${key}' specified. Valid keys are '${pySet(valid)}'`,
      );
    }
    out.push({ key, asc });
  }
  return out;
}

/**
 * sqlalchemy_store.py: `search_model_versions` wants a positive int, then at most 200000;
 * `search_registered_models` only checks the upper bound (1000).
 */
function maxResultsError(max: number, threshold: number, positive: boolean): MlflowError | null {
  if (positive && (!Number.isInteger(max) || max < 1)) {
    return invalidParameter(`Invalid value for max_results. It must be a positive integer, but got ${pythonStr(max)}`);
  }
  if (max > threshold) {
    return invalidParameter(
      `Invalid value for request parameter max_results. It must be at most ${threshold}, but got value ${pythonStr(max)}`,
    );
  }
  return null;
}

const MV_FIELDS: Readonly<Record<string, (mv: ModelVersion) => string | number>> = {
  name: (mv) => mv.name,
  version_number: (mv) => mv.version,
  creation_timestamp: (mv) => mv.creationTimestamp,
  last_updated_timestamp: (mv) => mv.lastUpdatedTimestamp,
};

function cmpValues(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Live versions matching the filter, sorted (default `last_updated_timestamp DESC, name ASC, version_number DESC`). */
export function searchVersions(state: RegistryState, opts: SearchOptions): ModelVersion[] | MlflowError {
  const max = opts.maxResults ?? 10000;
  const maxErr = maxResultsError(max, 200000, true);
  if (maxErr) return maxErr;
  const clauses = parseFilter(opts.filterString, MV_GRAMMAR);
  if (!Array.isArray(clauses)) return clauses as MlflowError;
  const order = parseOrderBy(
    opts.orderBy,
    ['name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'],
    false,
  );
  if (!Array.isArray(order)) return order as MlflowError;
  const keys: OrderKey[] = order.length ? [...order] : [{ key: 'last_updated_timestamp', asc: false }];
  if (!keys.some((k) => k.key === 'name')) keys.push({ key: 'name', asc: true });
  if (!keys.some((k) => k.key === 'version_number')) keys.push({ key: 'version_number', asc: false });
  // A name = '...' clause narrows to one model without scanning the rest.
  const nameEq = clauses.find((c) => c.type === 'attribute' && c.key === 'name' && c.comparator === '=');
  const models: RegisteredModel[] =
    nameEq && typeof nameEq.value === 'string'
      ? Object.hasOwn(state.models, nameEq.value)
        ? [state.models[nameEq.value] as RegisteredModel]
        : []
      : Object.values(state.models);
  const found: ModelVersion[] = [];
  for (const m of models) {
    for (const mv of m.versions) {
      if (mv.currentStage !== 'Deleted_Internal' && versionMatches(mv, clauses)) found.push(mv);
    }
  }
  const getters = keys.map((k) => ({
    get: MV_FIELDS[k.key] as (mv: ModelVersion) => string | number,
    sign: k.asc ? 1 : -1,
  }));
  found.sort((a, b) => {
    for (const g of getters) {
      const d = cmpValues(g.get(a), g.get(b));
      if (d !== 0) return d * g.sign;
    }
    return 0;
  });
  return found.length > max ? found.slice(0, max) : found;
}

/**
 * The tag that marks a registered model as a prompt. MlflowClient adds
 * ``tag.`mlflow.prompt.is_prompt` != 'true'`` to every registered-model search
 * (prompt/registry_utils.py::add_prompt_filter_string), and a model without the tag passes
 * `!= 'true'` and `= 'false'` (SearchModelUtils._does_registered_model_match_clauses).
 */
export const PROMPT_TAG = 'mlflow.prompt.is_prompt';

function modelMatches(m: RegisteredModel, c: Clause): boolean {
  if (c.type !== 'tag') return compare(m.name, c);
  const lhs = Object.hasOwn(m.tags, c.key) ? m.tags[c.key] : undefined;
  if (c.key === PROMPT_TAG && lhs === undefined) {
    return (c.comparator === '=' && c.value === 'false') || (c.comparator === '!=' && c.value === 'true');
  }
  return compare(lhs, c);
}

/** `timestamp` and `last_updated_timestamp` both order by last_updated_time (sqlalchemy_store.py). */
const rmField = (m: RegisteredModel, key: string): string | number =>
  key === 'name' ? m.name : m.lastUpdatedTimestamp;

/** Registered models matching a `name` / `tags.<k>` filter, sorted (default `name ASC`). */
export function searchModels(state: RegistryState, opts: SearchOptions): RegisteredModel[] | MlflowError {
  const max = opts.maxResults ?? 100;
  const maxErr = maxResultsError(max, 1000, false);
  if (maxErr) return maxErr;
  const clauses = parseFilter(opts.filterString, RM_GRAMMAR);
  if (!Array.isArray(clauses)) return clauses as MlflowError;
  const order = parseOrderBy(opts.orderBy, ['name', 'timestamp', 'last_updated_timestamp'], true);
  if (!Array.isArray(order)) return order as MlflowError;
  const keys: OrderKey[] = [...order];
  if (!keys.some((k) => k.key === 'name')) keys.push({ key: 'name', asc: true });
  const found = Object.values(state.models).filter((m) => clauses.every((c) => modelMatches(m, c)));
  found.sort((a, b) => {
    for (const k of keys) {
      const d = cmpValues(rmField(a, k.key), rmField(b, k.key));
      if (d !== 0) return k.asc ? d : -d;
    }
    return 0;
  });
  // The store queries LIMIT max_results + 1 and keeps `[:max_results]`: 0 or -1 give [], and a
  // more negative LIMIT is no limit in SQLite, so Python's slice drops that many from the end.
  if (max <= 0) return max >= -1 ? [] : found.slice(0, max);
  return found.slice(0, max);
}
