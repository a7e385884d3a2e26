// Tags on registered models and model versions (facts §2.5). Values are `str()`-ed like the client.
import { mlflowError, read, wrote } from './result.ts';
import type { Result } from './result.ts';
import type { Sources } from '../sources.ts';
import { tagChanged } from './diff.ts';
import { canonicalStage } from './stages.ts';
import { putModel, requireModel, requireVersion, without } from './store.ts';
import { isMlflowError, parseVersion, tagValue, validateTag, validateTagName } from './validation.ts';
import { latestPerStage } from './views.ts';
import type { MlflowError, ModelVersion, RegisteredModel, RegistryState } from './types.ts';

export interface RegisteredModelTagArgs {
  readonly name: string;
  readonly key: string;
  readonly value: unknown;
}

/** `set_registered_model_tag`: the model must exist; value is `str(value)`. Returns None. */
export function setRegisteredModelTag(state: RegistryState, _src: Sources, args: RegisteredModelTagArgs): Result<null> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const value = tagValue(args.value);
  const bad = validateTag(args.key, value);
  if (bad) return { ok: false, error: bad };
  const before = Object.hasOwn(model.tags, args.key) ? model.tags[args.key] : undefined;
  if (before === value) return read(state, null);
  const updated: RegisteredModel = { ...model, tags: { ...model.tags, [args.key]: value } };
  return wrote(putModel(state, updated), null, [
    tagChanged('registered_model_tag', model.name, undefined, args.key, before, value),
  ]);
}

/** `delete_registered_model_tag`: the model must exist; a missing key changes nothing. */
export function deleteRegisteredModelTag(
  state: RegistryState,
  _src: Sources,
  args: { readonly name: string; readonly key: string },
): Result<null> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const bad = validateTagName(args.key);
  if (bad) return { ok: false, error: bad };
  if (!Object.hasOwn(model.tags, args.key)) return read(state, null);
  const before = model.tags[args.key];
  const updated: RegisteredModel = { ...model, tags: without(model.tags, args.key) };
  return wrote(putModel(state, updated), null, [
    tagChanged('registered_model_tag', model.name, undefined, args.key, before, undefined),
  ]);
}

export interface ModelVersionTagArgs {
  readonly name: string;
  readonly version?: unknown;
  readonly key: string;
  readonly value?: unknown;
  /** Deprecated: tag the latest version in this stage instead of a version number. */
  readonly stage?: string | null;
}

/**
 * Where a model-version tag call lands, in MLflowClient's order (mlflow/tracking/client.py::
 * set_model_version_tag, §2.5): version-or-stage (Python truthiness: 0 and "" count as unset),
 * the prompt check, a stage's latest version (`Could not find any model version for {stage}
 * stage`, INTERNAL_ERROR); then the store: the version's int() (outside its session, so a
 * TypeError stays bare), the key (`check` below), and last the live version itself.
 */
function tagTarget(
  state: RegistryState,
  args: ModelVersionTagArgs,
  check: () => MlflowError | null,
): { model: RegisteredModel; mv: ModelVersion } | MlflowError {
  const hasVersion = !(
    args.version === undefined ||
    args.version === null ||
    args.version === 0 ||
    args.version === '' ||
    args.version === false
  );
  const hasStage = !(args.stage === undefined || args.stage === null || args.stage === '');
  if (hasVersion && hasStage) return mlflowError('version and stage cannot be set together', 'INVALID_PARAMETER_VALUE');
  if (!hasVersion && !hasStage) return mlflowError('version or stage must be set', 'INVALID_PARAMETER_VALUE');
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return model;
  if (hasStage) {
    const c = canonicalStage(args.stage as string);
    if (!c.ok) return c.error;
    const latest = latestPerStage(model, new Set([c.stage]))[0];
    if (!latest) return mlflowError(`Could not find any model version for ${String(args.stage)} stage`);
    const bad = check();
    return bad ?? { model, mv: latest };
  }
  const n = parseVersion(args.version, false);
  if (isMlflowError(n)) return n;
  const bad = check();
  if (bad) return bad;
  const found = requireVersion(state, args.name, args.version);
  return isMlflowError(found) ? found : { model, mv: found.mv };
}

function withVersion(model: RegisteredModel, mv: ModelVersion): RegisteredModel {
  const versions = model.versions.slice();
  versions[mv.version - 1] = mv;
  return { ...model, versions };
}

/**
 * `set_model_version_tag(name, version=None, key=None, value=None, stage=None)`: prompt check,
 * version/stage rule, then the store. The registered model's timestamp stays (SQL store, §2.2).
 */
export function setModelVersionTag(state: RegistryState, _src: Sources, args: ModelVersionTagArgs): Result<null> {
  const value = tagValue(args.value);
  const found = tagTarget(state, args, () => validateTag(args.key, value));
  if (isMlflowError(found)) return { ok: false, error: found };
  const { model, mv: target } = found;
  const before = Object.hasOwn(target.tags, args.key) ? target.tags[args.key] : undefined;
  if (before === value) return read(state, null);
  const mv: ModelVersion = { ...target, tags: { ...target.tags, [args.key]: value } };
  return wrote(putModel(state, withVersion(model, mv)), null, [
    tagChanged('model_version_tag', model.name, mv.version, args.key, before, value),
  ]);
}

/** `delete_model_version_tag`: same version/stage rule; a missing key changes nothing. */
export function deleteModelVersionTag(
  state: RegistryState,
  _src: Sources,
  args: Omit<ModelVersionTagArgs, 'value'>,
): Result<null> {
  const found = tagTarget(state, args, () => validateTagName(args.key));
  if (isMlflowError(found)) return { ok: false, error: found };
  const { model, mv: target } = found;
  if (!Object.hasOwn(target.tags, args.key)) return read(state, null);
  const before = target.tags[args.key];
  const mv: ModelVersion = { ...target, tags: without(target.tags, args.key) };
  return wrote(putModel(state, withVersion(model, mv)), null, [
    tagChanged('model_version_tag', model.name, mv.version, args.key, before, undefined),
  ]);
}
