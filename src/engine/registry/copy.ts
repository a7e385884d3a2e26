// `MlflowClient.copy_model_version(src_model_uri, dst_name)` (mlflow/tracking/client.py) and the
// store's `copy_model_version(src_mv, dst_name)` (mlflow/store/model_registry/abstract_store.py):
// the source must be a `models:/` URI naming a registry version (by number, stage, `latest` or
// alias); the destination model is created when missing; the copy is a new version whose source
// is `models:/<src name>/<src version>`, with the source's run id, tags, run link, description and
// model id (aliases and stage are not copied: the copy starts in stage None with no alias).
import type { Sources } from '../sources.ts';
import { mlflowError, wrote } from './result.ts';
import type { Change, Result } from './result.ts';
import type { RegistryState } from './types.ts';
import { createRegisteredModel } from './models.ts';
import { createModelVersion, getModelVersion } from './versions.ts';
import { parseModelUri, resolveModelUri } from './uris.ts';
import { isMlflowError } from './validation.ts';
import type { ModelVersionView } from './views.ts';

export interface CopiedVersion {
  readonly source: ModelVersionView;
  readonly copy: ModelVersionView;
  /** The destination model was created by this call ("Successfully registered model ..."). */
  readonly createdModel: boolean;
}

/** Python's `urllib.parse.urlparse(uri).scheme` for the scheme check (lowercased, or ''). */
function schemeOf(uri: string): string {
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1]?.toLowerCase() ?? '';
}

/** Whether the URI names a LoggedModel (`models:/m-...`): MLflow then fails unpacking a 1-tuple. */
export function isLoggedModelUri(uri: string): boolean {
  const p = parseModelUri(uri);
  return !isMlflowError(p) && p.kind === 'model-id';
}

/**
 * The source version, as `get_model_name_and_version` then `get_model_version` find it. A number
 * is not checked against the model first, so a missing model reads "Model Version (...) not found".
 */
function sourceVersion(state: RegistryState, uri: string): Result<ModelVersionView> {
  const p = parseModelUri(uri);
  if (isMlflowError(p)) return { ok: false, error: p };
  if (p.kind === 'version') return getModelVersion(state, p.name, p.version);
  const r = resolveModelUri(state, uri);
  if (!r.ok) return r;
  if (r.value.kind !== 'version') return { ok: false, error: mlflowError(`Model with uri '${uri}' not found`) };
  return getModelVersion(state, r.value.name, r.value.version);
}

export function copyModelVersion(
  state: RegistryState,
  src: Sources,
  args: { readonly srcUri: string; readonly dstName: string },
): Result<CopiedVersion> {
  const { srcUri, dstName } = args;
  if (schemeOf(srcUri) !== 'models') {
    return {
      ok: false,
      error: mlflowError(
        `Unsupported source model URI: '${srcUri}'. The \`copy_model_version\` API only copies models stored in the 'models:/' scheme.`,
      ),
    };
  }
  const found = sourceVersion(state, srcUri);
  // Only an MlflowException is wrapped (the client's `except MlflowException`).
  if (!found.ok && found.error.kind !== 'mlflow') return found;
  if (!found.ok) {
    return {
      ok: false,
      error: mlflowError(
        `Failed to fetch model version from source model URI: '${srcUri}'. Error: ${found.error.message}`,
      ),
    };
  }
  const source = found.value;
  let s = state;
  const changes: Change[] = [];
  let createdModel = false;
  const created = createRegisteredModel(s, src, { name: dstName });
  if (created.ok) {
    s = created.state;
    changes.push(...created.changes);
    createdModel = true;
  } else if (created.error.kind !== 'mlflow' || created.error.errorCode !== 'RESOURCE_ALREADY_EXISTS') {
    return created;
  }
  const copy = createModelVersion(s, src, {
    name: dstName,
    source: `models:/${source.name}/${source.version}`,
    runId: source.runId,
    tags: source.tags,
    runLink: source.runLink,
    description: source.description,
    modelId: source.modelId,
  });
  if (!copy.ok) {
    return {
      ok: false,
      error: mlflowError(
        `Failed to create model version copy. The current model registry backend may not yet support model version URI sources.\nError: ${copy.error.message}`,
      ),
    };
  }
  return wrote(copy.state, { source, copy: copy.value, createdModel }, [...changes, ...copy.changes]);
}
