// Model URIs: parse and resolve `models:/...` and `runs:/...` the way 3.x loaders do
// (mlflow/store/artifact/utils/models.py::_parse_model_uri / get_model_name_and_version,
// mlflow/store/artifact/runs_artifact_repo.py; facts §5).
import { mlflowError, read } from './result.ts';
import type { Result } from './result.ts';
import { modelNotFound, versionNotFound } from './errors.ts';
import { requireRun } from './runs.ts';
import { findModel, liveVersion } from './store.ts';
import { latestVersions } from './stage-transition.ts';
import { versionByAlias } from './aliases.ts';
import { isMlflowError } from './validation.ts';
import { strRepr as pyRepr } from '../python-text/repr.ts';
import type { MlflowCheck, MlflowError, RegistryState } from './types.ts';

export type ParsedModelUri =
  | { readonly kind: 'version'; readonly name: string; readonly version: string }
  | { readonly kind: 'latest'; readonly name: string }
  | { readonly kind: 'stage'; readonly name: string; readonly stage: string }
  | { readonly kind: 'alias'; readonly name: string; readonly alias: string }
  | { readonly kind: 'model-id'; readonly modelId: string }
  | { readonly kind: 'run'; readonly runId: string; readonly artifactPath: string | null };

export type ResolvedModel =
  | { readonly kind: 'version'; readonly name: string; readonly version: number }
  | { readonly kind: 'logged-model'; readonly modelId: string; readonly runId: string | null };

/** `_improper_model_uri_msg` (3.x wording, §5). */
export const improperModelsUri = (uri: string, check: MlflowCheck): MlflowError =>
  mlflowError(
    `Not a proper models:/ URI: ${uri}. Models URIs must be of the form 'models:/name/suffix' or 'models:/name@alias' where suffix is a version, stage, or the string 'latest' and where alias is a registered model alias. Only one of suffix or alias can be defined at a time.`,
    'INTERNAL_ERROR',
    check,
  );

/** `RunsArtifactRepository.parse_runs_uri`. */
export const improperRunsUri = (uri: string): MlflowError =>
  mlflowError(
    `Not a proper runs:/ URI: ${uri}. Runs URIs must be of the form 'runs:/<run_id>/run-relative/path/to/artifact'`,
    'INTERNAL_ERROR',
    'runs-uri',
  );

/** Python's `urllib.parse.urlparse(uri, allow_fragments=False)`: scheme (lowercased) and path. */
export function urlparse(uri: string): { scheme: string; path: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(uri);
  if (!m) return { scheme: '', path: uri };
  let rest = m[2] as string;
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash >= 0 ? rest.slice(slash) : '';
  }
  return { scheme: (m[1] as string).toLowerCase(), path: rest };
}

const isDigits = (s: string): boolean => /^\d+$/.test(s);

/** Parse a `models:/` or `runs:/` URI; anything else is an improper models URI. */
export function parseModelUri(uri: string): ParsedModelUri | MlflowError {
  const { scheme, path } = urlparse(uri);
  if (scheme === 'runs') {
    if (!path.startsWith('/') || path.length <= 1) return improperRunsUri(uri);
    const parts = path.slice(1).split('/');
    const runId = parts[0] as string;
    if (runId === '') return improperRunsUri(uri);
    const artifactPath = parts.length > 1 ? parts.slice(1).join('/') : '';
    return { kind: 'run', runId, artifactPath: artifactPath === '' ? null : artifactPath };
  }
  if (scheme !== 'models') return improperModelsUri(uri, 'uri-scheme');
  if (!path.startsWith('/') || path.length <= 1) return improperModelsUri(uri, 'uri-path');
  const parts = path.replace(/^\/+/, '').split('/');
  const first = parts[0] as string;
  if (parts.length > 2 || first.trim() === '') return improperModelsUri(uri, 'uri-parts');
  if (parts.length === 2) {
    const suffix = parts[1] as string;
    if (suffix.trim() === '') return improperModelsUri(uri, 'uri-suffix');
    if (isDigits(suffix)) return { kind: 'version', name: first, version: suffix };
    if (suffix.toLowerCase() === 'latest') return { kind: 'latest', name: first };
    return { kind: 'stage', name: first, stage: suffix };
  }
  if (path.includes('@')) {
    const at = first.lastIndexOf('@');
    const alias = at >= 0 ? first.slice(at + 1) : '';
    if (at < 0 || alias.trim() === '') return improperModelsUri(uri, 'uri-alias');
    return { kind: 'alias', name: first.slice(0, at), alias };
  }
  return { kind: 'model-id', modelId: first };
}

function loggedModel(state: RegistryState, modelId: string): Result<ResolvedModel> {
  const lm = Object.hasOwn(state.loggedModels, modelId) ? state.loggedModels[modelId] : undefined;
  if (!lm) {
    // mlflow/store/tracking/sqlalchemy_store.py::_raise_model_not_found
    return { ok: false, error: mlflowError(`Logged model with ID '${modelId}' not found.`, 'RESOURCE_DOES_NOT_EXIST') };
  }
  return read(state, { kind: 'logged-model', modelId, runId: lm.runId });
}

/**
 * What a loader (`mlflow.pyfunc.load_model`, `mlflow models serve -m`) would load for this URI:
 * a registry version, or a LoggedModel. Stage and `latest` go through `get_latest_versions` and take
 * the highest number; the "no versions" messages echo the stage as typed (§5).
 */
export function resolveModelUri(state: RegistryState, uri: string): Result<ResolvedModel> {
  const p = parseModelUri(uri);
  if (isMlflowError(p)) return { ok: false, error: p };
  switch (p.kind) {
    case 'version': {
      // `_get_model_uri_infos` asks `MlflowClient.get_model_version_download_uri`, whose prompt check
      // (`_raise_if_prompt`, facts §2.2) reports a missing model before the version is looked up.
      const model = findModel(state, p.name);
      if (!model) return { ok: false, error: modelNotFound(p.name) };
      const mv = liveVersion(model, Number(p.version));
      if (!mv) return { ok: false, error: versionNotFound(p.name, p.version) };
      return read(state, { kind: 'version', name: mv.name, version: mv.version });
    }
    case 'latest':
    case 'stage': {
      const stage = p.kind === 'stage' ? p.stage : null;
      const latest = latestVersions(state, p.name, stage === null ? null : [stage]);
      if (!latest.ok) return latest;
      if (latest.value.length === 0) {
        const stageStr = stage === null ? '' : ` and stage '${stage}'`;
        const message = `No versions of model with name '${p.name}'${stageStr} found`;
        return { ok: false, error: mlflowError(message, 'INTERNAL_ERROR', 'no-versions') };
      }
      const version = Math.max(...latest.value.map((v) => v.version));
      return read(state, { kind: 'version', name: p.name, version });
    }
    case 'alias': {
      const mv = versionByAlias(state, p.name, p.alias);
      if (!mv.ok) return mv;
      return read(state, { kind: 'version', name: mv.value.name, version: mv.value.version });
    }
    case 'model-id':
      return loggedModel(state, p.modelId);
    case 'run': {
      const run = requireRun(state, p.runId);
      if (isMlflowError(run)) return { ok: false, error: run };
      const path = p.artifactPath ?? '';
      const modelId = Object.hasOwn(run.loggedModels, path) ? run.loggedModels[path] : undefined;
      if (!modelId) {
        return {
          ok: false,
          error: mlflowError(
            `Failed to download artifacts from path ${pyRepr(path)}, please ensure that the path is correct.`,
            'RESOURCE_DOES_NOT_EXIST',
            'artifact-path',
          ),
        };
      }
      return loggedModel(state, modelId);
    }
    default: {
      const never: never = p;
      return never;
    }
  }
}
