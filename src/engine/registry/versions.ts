// Model versions: create, read, update, soft delete, search (facts §2.2, §2.5).
import { setOwn } from './own.ts';
import { mlflowError, read, wrote } from './result.ts';
import type { Change, Result } from './result.ts';
import type { Sources } from '../sources.ts';
import { aliasChanged, tagChanged, versionAdded, versionFieldUpdated, versionRemoved } from './diff.ts';
import { putModel, requireModel, requireVersion, without } from './store.ts';
import { parseModelUri, urlparse } from './uris.ts';
import { isMlflowError, parseVersion, tagValue, validateModelName, validateTag } from './validation.ts';
import { versionNotFound } from './errors.ts';
import type { MlflowError } from './types.ts';
import { aliasIndex, versionView } from './views.ts';
import type { ModelVersionView } from './views.ts';
import { searchVersions } from './search.ts';
import type { SearchOptions } from './search.ts';
import type { ModelVersion, RegisteredModel, RegistryState } from './types.ts';

export interface CreateModelVersionArgs {
  readonly name: string;
  readonly source: string;
  readonly runId?: string | null;
  readonly tags?: Readonly<Record<string, unknown>> | null;
  readonly runLink?: string | null;
  readonly description?: string | null;
  readonly modelId?: string | null;
  /**
   * Resolve a `models:/` source as the SQL store does before creating the version (the Python
   * client's path). Scenario files and tests build registries from sources that need not exist.
   */
  readonly resolveSource?: boolean;
}

/**
 * `create_model_version`: the model must already exist (no auto-create); the new number is
 * max(all versions, deleted included) + 1; stage "None", status READY; the model's
 * last_updated_timestamp moves to the version's creation time (§2.2, §2.5).
 */
export function createModelVersion(
  state: RegistryState,
  src: Sources,
  args: CreateModelVersionArgs,
): Result<ModelVersionView> {
  const badName = validateModelName(args.name);
  if (badName) return { ok: false, error: badName };
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(args.tags ?? {})) {
    const value = tagValue(v);
    const badTag = validateTag(k, value);
    if (badTag) return { ok: false, error: badTag };
    setOwn(tags, k, value);
  }
  const badSource = args.resolveSource ? modelsSourceError(state, args.source) : null;
  if (badSource) return { ok: false, error: badSource };
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const now = src.clock.now();
  const mv: ModelVersion = {
    name: model.name,
    version: model.versions.length + 1,
    creationTimestamp: now,
    lastUpdatedTimestamp: now,
    currentStage: 'None',
    description: args.description ?? null,
    source: args.source,
    runId: args.runId ?? null,
    runLink: args.runLink ?? null,
    status: 'READY',
    tags,
    userId: null,
    modelId: args.modelId ?? null,
  };
  const versions = model.versions.slice();
  versions.push(mv);
  const updated: RegisteredModel = { ...model, versions, lastUpdatedTimestamp: now };
  const changes: Change[] = [
    versionAdded(model.name, mv.version),
    ...Object.entries(tags).map(([k, v]) => tagChanged('model_version_tag', model.name, mv.version, k, undefined, v)),
  ];
  return wrote(putModel(state, updated), versionView(updated, mv), changes);
}

/**
 * A `models:/` source must point at something that exists before the version is made
 * (sqlalchemy_store.py::create_model_version resolves its storage location): a LoggedModel by
 * id, or a registry version by number. A malformed URI is refused as such; a lookup failure is
 * wrapped as `Unable to fetch model from model URI source artifact location '...'.Error: ...`.
 */
function modelsSourceError(state: RegistryState, source: string): MlflowError | null {
  if (typeof source !== 'string' || urlparse(source).scheme !== 'models') return null;
  const p = parseModelUri(source);
  if (isMlflowError(p)) return p;
  const unable = (e: string): MlflowError =>
    mlflowError(`Unable to fetch model from model URI source artifact location '${source}'.Error: ${e}`);
  if (p.kind === 'model-id') {
    return Object.hasOwn(state.loggedModels, p.modelId)
      ? null
      : unable(`Logged model with ID '${p.modelId}' not found.`);
  }
  // The store's own get_model_version_download_uri(name, version): a stage, alias or 'latest'
  // has no version, and int(None) is a TypeError there.
  if (p.kind !== 'version') {
    return unable("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  }
  const model = Object.hasOwn(state.models, p.name) ? state.models[p.name] : undefined;
  const n = parseVersion(p.version);
  const live = model && typeof n === 'number' ? model.versions[n - 1] : undefined;
  if (!live || live.currentStage === 'Deleted_Internal') return unable(versionNotFound(p.name, p.version).message);
  return null;
}

/** `get_model_version`: no model pre-check, so a missing model reads as a missing version (§2.2). */
export function getModelVersion(state: RegistryState, name: string, version: unknown): Result<ModelVersionView> {
  const found = requireVersion(state, name, version);
  if (isMlflowError(found)) return { ok: false, error: found };
  return read(state, versionView(found.model, found.mv));
}

export interface UpdateModelVersionArgs {
  readonly name: string;
  readonly version: unknown;
  readonly description: string | null | undefined;
}

/**
 * `update_model_version`: prompt check, then the client refuses `description=None`
 * (`Attempting to update model version with no new field values.`, INTERNAL_ERROR). Only the
 * version's timestamp moves; the registered model's does not (§2.2, §2.5).
 */
export function updateModelVersion(
  state: RegistryState,
  src: Sources,
  args: UpdateModelVersionArgs,
): Result<ModelVersionView> {
  // MlflowClient.update_model_version refuses a None description before its prompt check.
  if (args.description === null || args.description === undefined) {
    return { ok: false, error: mlflowError('Attempting to update model version with no new field values.') };
  }
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const found = requireVersion(state, args.name, args.version);
  if (isMlflowError(found)) return { ok: false, error: found };
  const now = src.clock.now();
  const mv: ModelVersion = { ...found.mv, description: args.description, lastUpdatedTimestamp: now };
  const versions = model.versions.slice();
  versions[mv.version - 1] = mv;
  const updated: RegisteredModel = { ...model, versions };
  const changes =
    found.mv.description === mv.description
      ? []
      : [versionFieldUpdated(model.name, mv.version, 'description', found.mv.description, mv.description)];
  return wrote(putModel(state, updated), versionView(updated, mv), changes);
}

export interface DeleteModelVersionArgs {
  readonly name: string;
  readonly version: unknown;
}

/**
 * `delete_model_version`: a soft delete. The row keeps its number under 'Deleted_Internal' with
 * source, run id, run link, description and user id redacted; aliases pointing at it go; the
 * model's last_updated_timestamp moves (sqlalchemy_store.py::delete_model_version, §2.2).
 */
export function deleteModelVersion(state: RegistryState, src: Sources, args: DeleteModelVersionArgs): Result<null> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const found = requireVersion(state, args.name, args.version);
  if (isMlflowError(found)) return { ok: false, error: found };
  const now = src.clock.now();
  const n = found.mv.version;
  const deleted: ModelVersion = {
    ...found.mv,
    currentStage: 'Deleted_Internal',
    source: 'REDACTED-SOURCE-PATH',
    runId: 'REDACTED-RUN-ID',
    runLink: 'REDACTED-RUN-LINK',
    description: null,
    userId: null,
    lastUpdatedTimestamp: now,
  };
  const versions = model.versions.slice();
  versions[n - 1] = deleted;
  let aliases = model.aliases;
  const changes: Change[] = [versionRemoved(model.name, n)];
  for (const [alias, v] of Object.entries(model.aliases)) {
    if (v === n) {
      aliases = without(aliases, alias);
      changes.push(aliasChanged(model.name, alias, n, undefined));
    }
  }
  const updated: RegisteredModel = { ...model, versions, aliases, lastUpdatedTimestamp: now };
  return wrote(putModel(state, updated), null, changes);
}

/**
 * `search_model_versions`: MLflow's filter grammar (name, version_number, run_id, source_path,
 * tags.<k>); current_stage is not filterable; deleted versions excluded (§2.5).
 */
export function searchModelVersions(state: RegistryState, opts: SearchOptions = {}): Result<ModelVersionView[]> {
  const found = searchVersions(state, opts);
  if (isMlflowError(found)) return { ok: false, error: found };
  const indexes = new Map<string, Map<number, string[]>>();
  const views = found.map((mv) => {
    const model = state.models[mv.name] as RegisteredModel;
    let index = indexes.get(mv.name);
    if (!index) indexes.set(mv.name, (index = aliasIndex(model)));
    return versionView(model, mv, index);
  });
  return read(state, views);
}
