// Internal helpers shared by the operations: look records up the way the SQL store does and
// write them back without mutating. Versions live in an array indexed by number - 1, so a write
// copies the array once with slice() and touches only the changed slots (hot path, see the bench).
import { modelNotFound, versionNotFound } from './errors.ts';
import {
  intTooLarge,
  isMlflowError,
  isOversizedInt,
  parseVersion,
  shownVersion,
  validateModelName,
} from './validation.ts';
import type { MlflowError, ModelVersion, RegisteredModel, RegistryState } from './types.ts';

export function findModel(state: RegistryState, name: unknown): RegisteredModel | undefined {
  return typeof name === 'string' && Object.hasOwn(state.models, name) ? state.models[name] : undefined;
}

/**
 * The model or `Registered Model with name=X not found` (also the client's `_raise_if_prompt`,
 * §2.2). Like `_get_registered_model`, a None or "" name is first refused with
 * `Missing value for required parameter 'name'.`
 */
export function requireModel(state: RegistryState, name: unknown): RegisteredModel | MlflowError {
  return validateModelName(name) ?? findModel(state, name) ?? modelNotFound(String(name));
}

/** A live (not soft-deleted) version by number, or undefined. */
export function liveVersion(model: RegisteredModel, n: number): ModelVersion | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const v = model.versions[n - 1];
  return v && v.currentStage !== 'Deleted_Internal' ? v : undefined;
}

/**
 * `_get_sql_model_version`: validate the version, then find a live row. A missing model gives the
 * *version* not-found text here, as `get_model_version` does (§2.2).
 */
export function requireVersion(
  state: RegistryState,
  name: unknown,
  version: unknown,
): { model: RegisteredModel; mv: ModelVersion } | MlflowError {
  const badName = validateModelName(name);
  if (badName) return badName;
  const n = parseVersion(version);
  if (isMlflowError(n)) return n;
  if (isOversizedInt(version)) return intTooLarge();
  const model = findModel(state, name);
  const mv = model ? liveVersion(model, n) : undefined;
  if (!model || !mv) return versionNotFound(String(name), shownVersion(version));
  return { model, mv };
}

export function putModel(state: RegistryState, model: RegisteredModel): RegistryState {
  return { ...state, models: { ...state.models, [model.name]: model } };
}

export function removeModel(state: RegistryState, name: string): RegistryState {
  const models = { ...state.models };
  delete models[name];
  return { ...state, models };
}

/** Replace some versions (by number) with one array copy. */
export function withVersions(model: RegisteredModel, replaced: readonly ModelVersion[]): RegisteredModel {
  const versions = model.versions.slice();
  for (const v of replaced) versions[v.version - 1] = v;
  return { ...model, versions };
}

/** Record without one key (immutable delete). */
export function without<V>(rec: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy = { ...rec };
  delete copy[key];
  return copy;
}

/** Alias names pointing at version n, in the order they were first set. */
export function aliasesOf(model: RegisteredModel, n: number): string[] {
  const out: string[] = [];
  for (const [alias, v] of Object.entries(model.aliases)) if (v === n) out.push(alias);
  // By alias name, as the SQL store's primary key (name, alias) returns them (see views.ts).
  return out.sort();
}
