// Registered models: create, read, rename, update, delete, search (facts §2.1, §2.5).
import { setOwn } from './own.ts';
import { mlflowError, read, wrote } from './result.ts';
import type { Result } from './result.ts';
import type { Sources } from '../sources.ts';
import { modelAdded, modelFieldUpdated, modelRemoved, modelRenamed, tagChanged } from './diff.ts';
import { modelAlreadyExists } from './errors.ts';
import { findModel, putModel, removeModel, requireModel } from './store.ts';
import { isMlflowError, tagValue, validateModelName, validateTag } from './validation.ts';
import { strRepr as pyRepr } from '../python-text/repr.ts';
import { modelView } from './views.ts';
import type { RegisteredModelView } from './views.ts';
import type { RegisteredModel, RegistryState } from './types.ts';
import { searchModels } from './search.ts';
import type { SearchOptions } from './search.ts';

export interface CreateRegisteredModelArgs {
  readonly name: string;
  readonly tags?: Readonly<Record<string, unknown>> | null;
  readonly description?: string | null;
}

/**
 * `MlflowClient.create_registered_model`: name checked, tag values `str()`-ed and validated, then
 * the unique-name check (`sqlalchemy_store.py::create_registered_model`, §2.5).
 */
export function createRegisteredModel(
  state: RegistryState,
  src: Sources,
  args: CreateRegisteredModelArgs,
): Result<RegisteredModelView> {
  const bad = validateModelName(args.name);
  if (bad) return { ok: false, error: bad };
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(args.tags ?? {})) {
    const value = tagValue(v);
    const badTag = validateTag(k, value);
    if (badTag) return { ok: false, error: badTag };
    setOwn(tags, k, value);
  }
  if (findModel(state, args.name)) return { ok: false, error: modelAlreadyExists(args.name) };
  const now = src.clock.now();
  const model: RegisteredModel = {
    name: args.name,
    creationTimestamp: now,
    lastUpdatedTimestamp: now,
    description: args.description ?? null,
    tags,
    aliases: {},
    versions: [],
  };
  const changes = [
    modelAdded(args.name),
    ...Object.entries(tags).map(([k, v]) => tagChanged('registered_model_tag', args.name, undefined, k, undefined, v)),
  ];
  return wrote(putModel(state, model), modelView(model), changes);
}

/** `get_registered_model`: `Registered Model with name=X not found` (§2.5). */
export function getRegisteredModel(state: RegistryState, name: string): Result<RegisteredModelView> {
  const model = requireModel(state, name);
  if (isMlflowError(model)) return { ok: false, error: model };
  return read(state, modelView(model));
}

export interface RenameRegisteredModelArgs {
  readonly name: string;
  readonly newName: string;
}

/**
 * `MlflowClient.rename_registered_model`: prompt check (model must exist), then the client's blank
 * check, then the store's unique-name check. Versions move with the model and get the same new
 * `last_updated_timestamp` (sqlalchemy_store.py::rename_registered_model). Returns None (§2.5).
 */
export function renameRegisteredModel(
  state: RegistryState,
  src: Sources,
  args: RenameRegisteredModelArgs,
): Result<null> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  if (typeof args.newName !== 'string' || args.newName.trim() === '') {
    return { ok: false, error: mlflowError('The name must not be an empty string.') };
  }
  if (args.newName !== args.name && findModel(state, args.newName)) {
    // The SQL store appends SQLAlchemy's IntegrityError as it prints it: the autoflush note, what
    // sqlite says, the UPDATE and its parameters, and the error's help link (recorded from MLflow
    // 3.6.1.dev0 on SQLAlchemy 1.4; SQLAlchemy 2.x links to /e/20/ instead).
    const params = `(${pyRepr(args.newName)}, 'default', ${pyRepr(args.name)})`;
    return {
      ok: false,
      error: mlflowError(
        `Registered Model (name=${args.newName}) already exists. Error: (raised as a result of Query-invoked autoflush; consider using a session.no_autoflush block if this flush is occurring prematurely)\n(sqlite3.IntegrityError) UNIQUE constraint failed: registered_models.workspace, registered_models.name\n[SQL: UPDATE registered_models SET name=? WHERE registered_models.workspace = ? AND registered_models.name = ?]\n[parameters: ${params}]\n(Background on this error at: https://sqlalche.me/e/14/gkpj)`,
        'RESOURCE_ALREADY_EXISTS',
      ),
    };
  }
  const now = src.clock.now();
  const renamed: RegisteredModel = {
    ...model,
    name: args.newName,
    lastUpdatedTimestamp: now,
    versions: model.versions.map((v) => ({ ...v, name: args.newName, lastUpdatedTimestamp: now })),
  };
  const next = putModel(args.newName === args.name ? state : removeModel(state, args.name), renamed);
  return wrote(next, null, args.newName === args.name ? [] : [modelRenamed(args.name, args.newName)]);
}

export interface UpdateRegisteredModelArgs {
  readonly name: string;
  readonly description: string | null;
}

/** `update_registered_model`: sets the description (None allowed) and bumps last_updated (§2.5). */
export function updateRegisteredModel(
  state: RegistryState,
  src: Sources,
  args: UpdateRegisteredModelArgs,
): Result<RegisteredModelView> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const now = src.clock.now();
  const description = args.description ?? null;
  const updated: RegisteredModel = { ...model, description, lastUpdatedTimestamp: now };
  const changes =
    model.description === description
      ? []
      : [modelFieldUpdated(model.name, 'description', model.description, description)];
  return wrote(putModel(state, updated), modelView(updated), changes);
}

/** `delete_registered_model`: cascades to versions, tags and aliases (§2.5). Returns None. */
export function deleteRegisteredModel(state: RegistryState, name: string): Result<null> {
  const model = requireModel(state, name);
  if (isMlflowError(model)) return { ok: false, error: model };
  return wrote(removeModel(state, model.name), null, [modelRemoved(model.name)]);
}

/** `search_registered_models`: filter on `name` and `tags.<k>`, default order `name ASC` (§2.5). */
export function searchRegisteredModels(state: RegistryState, opts: SearchOptions = {}): Result<RegisteredModelView[]> {
  const found = searchModels(state, opts);
  if (isMlflowError(found)) return { ok: false, error: found };
  return read(state, found.map(modelView));
}
