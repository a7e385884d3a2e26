// Every registry operation is a pure function returning a Result: the new state, the value the
// MLflow client would return, and the list of changes (for undo, "what changed" and goal checks).
// A read returns the same state object and no changes. A failure changes nothing.
import type { ErrorCode, MlflowCheck, MlflowException, MlflowError, RegistryState } from './types.ts';

export type Entity =
  | 'registered_model'
  | 'model_version'
  | 'alias'
  | 'registered_model_tag'
  | 'model_version_tag'
  | 'run'
  | 'logged_model';

/**
 * One change, in the learner's words: "model_version my-model v3 currentStage: Staging -> Production".
 * `key` names the field, alias, tag key or run id that changed; `from`/`to` are its old/new values
 * (absent for `added`'s from and `removed`'s to).
 */
export interface Change {
  readonly op: 'added' | 'updated' | 'removed';
  readonly entity: Entity;
  readonly model?: string;
  readonly version?: number;
  readonly key?: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

export type Result<T> =
  | { readonly ok: true; readonly state: RegistryState; readonly value: T; readonly changes: readonly Change[] }
  | { readonly ok: false; readonly error: MlflowError };

export function mlflowError(
  message: string,
  errorCode: ErrorCode = 'INTERNAL_ERROR',
  check?: MlflowCheck,
): MlflowException {
  return check === undefined ? { kind: 'mlflow', message, errorCode } : { kind: 'mlflow', message, errorCode, check };
}

export function fail<T = never>(message: string, errorCode: ErrorCode = 'INTERNAL_ERROR'): Result<T> {
  return { ok: false, error: mlflowError(message, errorCode) };
}

export function read<T>(state: RegistryState, value: T): Result<T> {
  return { ok: true, state, value, changes: [] };
}

export function wrote<T>(state: RegistryState, value: T, changes: readonly Change[]): Result<T> {
  return { ok: true, state, value, changes };
}
