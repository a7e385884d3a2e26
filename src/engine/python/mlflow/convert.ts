// Translating Python argument values into the plain values registry operations take, and applying
// an operation's result to the environment (raising MlflowException on failure). This is all the
// bindings do with the registry: no registry rule is re-implemented here.
import { setOwn } from '../../registry/own.ts';
import { apply } from '../../env.ts';
import type { SimEnv } from '../../env.ts';
import type { Result } from '../../registry/result.ts';
import * as registry from '../../registry/validation.ts';
import { PROMPT_TAG } from '../../registry/search.ts';
import { PyDict, PyList, PyTuple } from '../values.ts';
import type { PyValue } from '../values.ts';
import type { NativeContext } from '../native.ts';
import { raiseMlflow } from './exceptions.ts';
import { TypeError, typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import type { PythonObjectArg } from '../../registry/types.ts';

/**
 * Apply a registry result; on failure raise it: `mlflow.exceptions.MlflowException`, or the
 * TypeError of MLflow's own `int(version)` (./exceptions.ts, exceptionFor).
 */
export function run<T>(env: SimEnv, result: Result<T>): T {
  const r = apply(env, result);
  if (!r.ok) raiseMlflow(r.error);
  return r.value;
}

/**
 * A version argument as `int(version)` would see it: ints and numeric strings stay meaningful, a
 * bigint becomes a number; None, a list or a ModelVersion (passed instead of its `.version`)
 * travels as its type, for which the registry's check raises int()'s TypeError at the point the
 * store validates the version (after the prompt and stage checks), as MLflow does.
 */
export function versionArg(v: PyValue | undefined, ctx: NativeContext): unknown {
  if (v === undefined || v === null) return pythonObject('NoneType');
  // Past 2**53 a JS number would print as `1e+30`; Python echoes every digit, so keep the text.
  if (typeof v === 'bigint') {
    if (Number.isSafeInteger(Number(v))) return Number(v);
    if (v > registry.INT64_MAX || v < -registry.INT64_MAX - 1n) return { kind: 'oversized-int', digits: v.toString() };
    return v.toString();
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return pythonObject(typeName(v));
}

function pythonObject(name: string): PythonObjectArg {
  return { kind: 'python-object', typeName: name };
}

/** A name-like argument: strings as they are, None as null, anything else as `str(x)` would print. */
export function textArg(v: PyValue | undefined, ctx: NativeContext): string {
  if (v === undefined || v === null) return null as unknown as string;
  return typeof v === 'string' ? v : ctx.str(v);
}

/** Optional text: None stays null. */
export function optionalText(v: PyValue | undefined, ctx: NativeContext): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : ctx.str(v);
}

/** A tags dict: keys and values as `str()` gives them (MLflow str()-s tag values, facts §2.5). */
export function tagsArg(v: PyValue | undefined, ctx: NativeContext): Record<string, string> | null {
  if (v === undefined || v === null) return null;
  const out: Record<string, string> = {};
  if (v instanceof PyDict) {
    for (const [k, x] of v.map.values())
      setOwn(out, typeof k === 'string' ? k : ctx.str(k), typeof x === 'string' ? x : ctx.str(x));
    return out;
  }
  return out;
}

/** A value MLflow will `str()`: tag and param values (`True`, `0.5`, `5`). */
export function strValue(v: PyValue | undefined, ctx: NativeContext): string {
  if (v === undefined) return 'None';
  return typeof v === 'string' ? v : ctx.str(v);
}

/** A Python list/tuple of strings (order_by, stages); a plain string is kept as a string. */
export function stringListArg(v: PyValue | undefined, ctx: NativeContext): string[] | string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => (typeof x === 'string' ? x : ctx.str(x)));
  return ctx.str(v);
}

/** An int-like count (`max_results`). */
export function intArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** A metric value as MLflow stores it: a float. */
export function floatArg(v: PyValue | undefined): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number.NaN;
}

/**
 * `add_prompt_filter_string(filter_string, False)`: registered-model searches leave prompts out
 * by ANDing a tag clause onto the filter, unless the filter already names the prompt tag. The
 * clause is parsed with the rest, so it shows in MLflow's "Invalid clause(s)" messages too.
 */
export function withoutPrompts(filter: PyValue, ctx: NativeContext): string {
  const clause = `tag.\`${PROMPT_TAG}\` != 'true'`;
  if (filter === null || filter === '') return clause;
  // `IS_PROMPT_TAG_KEY not in (filter_string or "")`
  if (typeof filter !== 'string' && !(filter instanceof PyList)) {
    throw pyError(TypeError, `argument of type '${typeName(filter)}' is not iterable`);
  }
  const text = typeof filter === 'string' ? filter : ctx.str(filter);
  return typeof filter === 'string' && filter.includes(PROMPT_TAG) ? text : `${text} AND ${clause}`;
}
