// Input checks MLflow makes before touching the store (mlflow/utils/validation.py).
import { mlflowError } from './result.ts';
import { intArgumentType, missingValue, notInteger } from './errors.ts';
import type { MlflowError, PythonObjectArg } from './types.ts';
import { strRepr } from '../python-text/repr.ts';

export function isMlflowError(x: unknown): x is MlflowError {
  if (typeof x !== 'object' || x === null) return false;
  const kind = (x as { kind?: unknown }).kind;
  return kind === 'mlflow' || kind === 'argument-type';
}

function isPythonObject(x: unknown): x is PythonObjectArg {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'python-object';
}

/**
 * Python's `int(str)`: surrounding whitespace, one sign, digits with single underscores between.
 * Any Unicode decimal digit counts (`int('٣') == 3`).
 */
const PY_INT = /^\s*[+-]?\p{Nd}+(?:_\p{Nd}+)*\s*$/u;

/** How Python's f-string shows a value the learner passed (`'abc'`, `None`, `True`, `1.5`). */
export function pythonStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

/**
 * `_validate_model_version`: `int(version)`; a ValueError becomes
 * `Parameter 'version' must be an integer, got 'abc'.` (§2.2). Accepts an int or a numeric string.
 * A non-integral number passes `int()` in Python but then matches no row, so it is returned as is
 * and the lookup reports the version as not found.
 */
export function parseVersion(v: unknown, inSession = true): number | MlflowError {
  if (isPythonObject(v)) return intTypeError(v.typeName, inSession);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (isOversizedInt(v)) return Number(v.digits);
  if (typeof v === 'boolean') return v ? 1 : 0;
  // A non-ASCII digit string passes `int()`, but the SQL store compares the column with the raw
  // text, which matches no row (NaN matches nothing either).
  if (typeof v === 'string' && PY_INT.test(v)) return Number(v.replace(/_/g, '').trim());
  return notInteger('version', pythonStr(v));
}

/**
 * `int()` refusing None, a list or a whole ModelVersion is a TypeError, which
 * `_validate_model_version` does not catch: bare when the check runs outside a store session
 * (MlflowClient.set_registered_model_alias, the store's tag methods), wrapped by the session as
 * MlflowException(INTERNAL_ERROR) with the same text (mlflow/store/db/utils.py::
 * make_managed_session) when it runs inside one (get, delete, update, transition, download URI).
 */
function intTypeError(typeName: string, inSession: boolean): MlflowError {
  const bare = intArgumentType(typeName);
  return inSession ? mlflowError(bare.message, 'INTERNAL_ERROR') : bare;
}

/**
 * A Python int outside SQLite's 64-bit INTEGER: `int()` accepts it, but binding it to the query
 * fails with `Python int too large to convert to SQLite INTEGER` (INTERNAL_ERROR). A numeric
 * *string* that large binds as text and simply matches no row.
 */
export interface OversizedInt {
  readonly kind: 'oversized-int';
  readonly digits: string;
}

export function isOversizedInt(v: unknown): v is OversizedInt {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'oversized-int';
}

export const INT64_MAX = 2n ** 63n - 1n;

export const intTooLarge = (): MlflowError =>
  mlflowError('Python int too large to convert to SQLite INTEGER', 'INTERNAL_ERROR');

/** The version as MLflow echoes it in `Model Version (name=..., version=...) not found`. */
export function shownVersion(v: unknown): string {
  return isOversizedInt(v) ? v.digits : pythonStr(v);
}

/** `_validate_model_name`: None or "" (§2.5). */
export function validateModelName(name: unknown, param = 'name'): MlflowError | null {
  return name === null || name === undefined || name === '' ? missingValue(param) : null;
}

/**
 * `_REGISTERED_MODEL_ALIAS_REGEX` (`^[\w\-]*$`) as Python's `re.match` reads it: `\w` is what
 * `str.isalnum()` accepts plus `_` (letters and numbers, not combining marks or other connector
 * punctuation), and `$` also matches before one final newline.
 */
const ALIAS_CHARS = /^[\p{L}\p{N}_-]*\n?$/u;
const ALIAS_VERSION_LIKE = /^[vV]\d+$/;
export const MAX_ALIAS_LENGTH = 255;

/**
 * `_validate_model_alias_name`, checks in MLflow's order: empty, characters, length. Every alias
 * call makes these; only setting an alias also refuses the reserved names (below).
 */
export function validateAliasName(alias: unknown): MlflowError | null {
  if (alias === null || alias === undefined || alias === '') {
    return mlflowError('Registered model alias name cannot be empty.', 'INVALID_PARAMETER_VALUE');
  }
  const a = String(alias);
  if (!ALIAS_CHARS.test(a)) {
    return mlflowError(
      `Invalid alias name: '${a}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  if ([...a].length > MAX_ALIAS_LENGTH) {
    return mlflowError(
      `'Registered model alias name' exceeds the maximum length of ${MAX_ALIAS_LENGTH} characters`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  return null;
}

/**
 * `_validate_model_alias_name_reserved`: 'latest' (any case) and version-like names. Only the SQL
 * store's set_registered_model_alias calls it, so deleting or looking up `v1` is allowed.
 */
export function validateAliasReserved(alias: string): MlflowError | null {
  if (alias.toLowerCase() === 'latest') {
    return mlflowError("'latest' alias name (case insensitive) is reserved.", 'INVALID_PARAMETER_VALUE');
  }
  if (ALIAS_VERSION_LIKE.test(alias)) {
    return mlflowError(`Version alias name '${alias}' is reserved.`, 'INVALID_PARAMETER_VALUE');
  }
  return null;
}

/** `validate_param_and_metric_name` (non-Windows): slashes, word chars, periods, dashes, spaces, colons. */
const TAG_KEY_CHARS = /^[/\p{L}\p{N}_\p{Mn}\p{Pc}.\- :]*$/u;
export const MAX_TAG_KEY_LENGTH = 250;
/** MAX_MODEL_REGISTRY_TAG_VALUE_LENGTH: registered model and version tags (not the 5000 of experiment tags). */
export const MAX_TAG_VALUE_LENGTH = 100_000;

/** `posixpath.normpath`, enough for MLflow's "must not resolve to other names" check. */
export function posixNormpath(path: string): string {
  if (path === '') return '.';
  const initialSlashes = path.startsWith('//') && !path.startsWith('///') ? 2 : path.startsWith('/') ? 1 : 0;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (
      part !== '..' ||
      (initialSlashes === 0 && out.length === 0) ||
      (out.length > 0 && out[out.length - 1] === '..')
    ) {
      out.push(part);
    } else if (out.length > 0) {
      out.pop();
    }
  }
  const joined = '/'.repeat(initialSlashes) + out.join('/');
  return joined === '' ? '.' : joined;
}

/** The Python type name of a plain value the registry was handed. */
function pyTypeName(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'typeName' in v) return String((v as { typeName: unknown }).typeName);
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  return typeof v === 'string' ? 'str' : 'object';
}

/**
 * `_validate_registered_model_tag` / `_validate_model_version_tag`: key present, allowed characters,
 * not a path that normalises to something else, then the length limits.
 */
/** `_validate_tag_name`: present, allowed characters, not a path that normalises elsewhere. */
export function validateTagName(key: unknown): MlflowError | null {
  if (key === null || key === undefined) return missingValue('key');
  // The character check is a `re.match` on the key: anything but a str is a bare TypeError.
  if (typeof key !== 'string') {
    const typeName = pyTypeName(key);
    return { kind: 'argument-type', message: `expected string or bytes-like object, got '${typeName}'`, typeName };
  }
  const k = String(key);
  if (!TAG_KEY_CHARS.test(k)) {
    return mlflowError(
      `Invalid value ${JSON.stringify(k)} for parameter 'key' supplied: Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon(:) and slashes (/).`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  const norm = posixNormpath(k);
  if (norm !== k || norm === '.' || norm.startsWith('..') || norm.startsWith('/')) {
    return mlflowError(
      `Invalid value ${JSON.stringify(k)} for parameter 'key' supplied: Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to ${strRepr(norm)}`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  return null;
}

export function validateTag(key: unknown, value: string): MlflowError | null {
  const bad = validateTagName(key);
  if (bad) return bad;
  const k = String(key);
  if ([...k].length > MAX_TAG_KEY_LENGTH) {
    return mlflowError(
      `'key' exceeds the maximum length of ${MAX_TAG_KEY_LENGTH} characters`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  if ([...value].length > MAX_TAG_VALUE_LENGTH) {
    return mlflowError(
      `'value' exceeds the maximum length of ${MAX_TAG_VALUE_LENGTH} characters`,
      'INVALID_PARAMETER_VALUE',
    );
  }
  return null;
}

/** Python's `str(value)` for tag values (`True`, `None`, `3`, `0.5`). */
export function tagValue(v: unknown): string {
  return pythonStr(v);
}
