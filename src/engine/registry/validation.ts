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
export function parseVersion(v: unknown): number | MlflowError {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // A non-ASCII digit string passes `int()`, but the SQL store compares the column with the raw
  // text, which matches no row (NaN matches nothing either).
  if (typeof v === 'string' && PY_INT.test(v)) return Number(v.replace(/_/g, '').trim());
  if (isPythonObject(v)) return intArgumentType(v.typeName);
  return notInteger('version', pythonStr(v));
}

/** The version as MLflow echoes it in `Model Version (name=..., version=...) not found`. */
export function shownVersion(v: unknown): string {
  return pythonStr(v);
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
 * `_validate_model_alias_name`, checks in MLflow's order: empty, characters, length, 'latest',
 * version-like (§2.5).
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
  if (a.toLowerCase() === 'latest') {
    return mlflowError("'latest' alias name (case insensitive) is reserved.", 'INVALID_PARAMETER_VALUE');
  }
  if (ALIAS_VERSION_LIKE.test(a)) {
    return mlflowError(`Version alias name '${a}' is reserved.`, 'INVALID_PARAMETER_VALUE');
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

/**
 * `_validate_registered_model_tag` / `_validate_model_version_tag`: key present, allowed characters,
 * not a path that normalises to something else, then the length limits.
 */
export function validateTag(key: unknown, value: string): MlflowError | null {
  if (key === null || key === undefined) return missingValue('key');
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
