// Aliases: named pointers to versions, the replacement for stages (facts §2.5, §3).
import { mlflowError, read, wrote } from './result.ts';
import type { Result } from './result.ts';
import type { Sources } from '../sources.ts';
import { aliasChanged } from './diff.ts';
import { aliasNotFound, versionNotFound } from './errors.ts';
import { liveVersion, putModel, requireModel, requireVersion, without } from './store.ts';
import {
  isMlflowError,
  parseVersion,
  validateAliasName,
  validateAliasReserved,
  validateModelName,
} from './validation.ts';
import { latestPerStage, versionView } from './views.ts';
import type { ModelVersionView } from './views.ts';
import type { RegisteredModel, RegistryState } from './types.ts';

export interface SetAliasArgs {
  readonly name: string;
  readonly alias: string;
  readonly version: unknown;
}

/**
 * `set_registered_model_alias` in MlflowClient's order (mlflow/tracking/client.py): the name, the
 * alias's characters and length, the version's int(), then the prompt check (the model must
 * exist); the SQL store then refuses reserved names ('latest', v<digits>) and wants a live
 * version. Setting an existing alias moves it. The store leaves the model's
 * last_updated_timestamp alone (§2.2). Returns None.
 */
export function setAlias(state: RegistryState, _src: Sources, args: SetAliasArgs): Result<null> {
  const early = validateModelName(args.name) ?? validateAliasName(args.alias);
  if (early) return { ok: false, error: early };
  const n0 = parseVersion(args.version, false);
  if (isMlflowError(n0)) return { ok: false, error: n0 };
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const reserved = validateAliasReserved(args.alias);
  if (reserved) return { ok: false, error: reserved };
  const found = requireVersion(state, args.name, args.version);
  if (isMlflowError(found)) return { ok: false, error: found };
  const n = found.mv.version;
  const before = Object.hasOwn(model.aliases, args.alias) ? model.aliases[args.alias] : undefined;
  if (before === n) return read(state, null);
  const updated: RegisteredModel = { ...model, aliases: { ...model.aliases, [args.alias]: n } };
  return wrote(putModel(state, updated), null, [aliasChanged(model.name, args.alias, before, n)]);
}

export interface DeleteAliasArgs {
  readonly name: string;
  readonly alias: string;
}

/**
 * `delete_registered_model_alias`: the name and the alias's characters are checked first, then
 * the model must exist; a missing alias (even a reserved name such as `v1`) is a silent no-op.
 */
export function deleteAlias(state: RegistryState, _src: Sources, args: DeleteAliasArgs): Result<null> {
  const bad = validateModelName(args.name) ?? validateAliasName(args.alias);
  if (bad) return { ok: false, error: bad };
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  if (!Object.hasOwn(model.aliases, args.alias)) return read(state, null);
  const before = model.aliases[args.alias];
  const updated: RegisteredModel = { ...model, aliases: without(model.aliases, args.alias) };
  return wrote(putModel(state, updated), null, [aliasChanged(model.name, args.alias, before, undefined)]);
}

/**
 * `get_model_version_by_alias`. Since 3.3 `latest` (any case) is `get_latest_versions(name)[0]`:
 * the first per-stage entry, not necessarily the highest version (§2.5). Otherwise the SQL store
 * does not check the model: an unknown alias, or a deleted model, gives
 * `Registered model alias X not found.` (INVALID_PARAMETER_VALUE).
 */
export function versionByAlias(state: RegistryState, name: string, alias: string): Result<ModelVersionView> {
  // The SQL store checks the name and the alias's characters (not the reserved names) first.
  const bad = validateModelName(name) ?? validateAliasName(alias);
  if (bad) return { ok: false, error: bad };
  if (alias.toLowerCase() === 'latest') {
    const model = requireModel(state, name);
    if (isMlflowError(model)) return { ok: false, error: model };
    const first = latestPerStage(model, null)[0];
    if (!first)
      return {
        ok: false,
        error: mlflowError(`Latest version not found for model ${name}.`, 'RESOURCE_DOES_NOT_EXIST'),
      };
    return read(state, versionView(model, first));
  }
  const model = Object.hasOwn(state.models, name) ? state.models[name] : undefined;
  if (!model || !Object.hasOwn(model.aliases, alias)) return { ok: false, error: aliasNotFound(alias) };
  const n = model.aliases[alias] as number;
  const mv = liveVersion(model, n);
  if (!mv) return { ok: false, error: versionNotFound(name, String(n)) };
  return read(state, versionView(model, mv));
}
