// The Python frames `mlflow models serve -m models:/...` passes through before a bad URI raises,
// so the traceback ends where MLflow really raises for that kind of URI (an improper URI in
// `_parse_model_uri`, a stage with no version in `_get_latest_model_version`, a missing model in
// the SQL store, ...). Line numbers are those of a 3.6.1.dev0 source tree (mlflow/models/cli.py,
// mlflow/store/artifact/models_artifact_repo.py, mlflow/store/artifact/utils/models.py,
// mlflow/tracking/client.py, mlflow/tracking/_model_registry/client.py,
// mlflow/store/model_registry/sqlalchemy_store.py); they move between releases, the chain does not.
// Which check raised is the error's own `check` field, never read from its message.
import type { MlflowCheck, MlflowError } from '../../registry/types.ts';
import { parseModelUri } from '../../registry/uris.ts';
import { isMlflowError } from '../../registry/validation.ts';
import { frame, type Frame } from '../traceback.ts';

const MODELS_PY = 'mlflow/store/artifact/utils/models.py';
const REPO_PY = 'mlflow/store/artifact/models_artifact_repo.py';
const STORE_PY = 'mlflow/store/model_registry/sqlalchemy_store.py';
const REGISTRY_CLIENT_PY = 'mlflow/tracking/_model_registry/client.py';

/** serve -> get_flavor_backend -> get_artifact_repository(root_uri). */
export const SERVE_FRAMES: readonly Frame[] = [
  frame('mlflow/models/cli.py', 102, 'serve', 'return get_flavor_backend(', 'get_flavor_backend('),
  frame(
    'mlflow/models/flavor_backend_registry.py',
    44,
    'get_flavor_backend',
    'artifact_repo = get_artifact_repository(root_uri)',
    'get_artifact_repository(root_uri)',
  ),
];

/** get_artifact_repository builds a ModelsArtifactRepository, whose __init__ resolves the URI. */
const TO_MODELS_REPO: readonly Frame[] = [
  frame(
    'mlflow/store/artifact/artifact_repository_registry.py',
    156,
    'get_artifact_repository',
    'return _artifact_repository_registry.get_artifact_repository(',
    '_artifact_repository_registry.get_artifact_repository(',
  ),
  frame(
    'mlflow/store/artifact/artifact_repository_registry.py',
    84,
    'get_artifact_repository',
    'repository_instance = repository(',
    'repository(',
  ),
  frame(
    REPO_PY,
    83,
    '__init__',
    ') = ModelsArtifactRepository._get_model_uri_infos(artifact_uri)',
    'ModelsArtifactRepository._get_model_uri_infos(artifact_uri)',
  ),
];

const NAME_AND_VERSION = frame(
  REPO_PY,
  136,
  '_get_model_uri_infos',
  'name_and_version_or_id = get_model_name_and_version(client, uri)',
  'get_model_name_and_version(client, uri)',
);
const LATEST_OF_STAGE = frame(
  MODELS_PY,
  152,
  'get_model_name_and_version',
  'return model_name, str(_get_latest_model_version(client, model_name, model_stage))',
  '_get_latest_model_version(client, model_name, model_stage)',
);
const RAISE = 'raise MlflowException(';
const REGISTERED_MODEL_MISSING = frame(STORE_PY, 292, '_get_registered_model', RAISE);

/**
 * The line of `_parse_model_uri`'s raise for the check that failed. An improper runs:/ URI is
 * shown at the path check too.
 */
const IMPROPER_LINES: Partial<Record<MlflowCheck, number>> = {
  'uri-scheme': 75,
  'uri-path': 78,
  'uri-parts': 82,
  'uri-suffix': 87,
  'uri-alias': 107,
  'runs-uri': 78,
};

const RUNS_REPO_PY = 'mlflow/store/artifact/runs_artifact_repo.py';

/** The frames from `serve` down to the raise, for a `models:/` or `runs:/` URI that failed with `error`. */
export function resolveFrames(uri: string, error: MlflowError): Frame[] {
  const check = error.kind === 'mlflow' ? error.check : undefined;
  const parsed = parseModelUri(uri);
  if (!isMlflowError(parsed) && parsed.kind === 'run') {
    if (check === 'artifact-path') {
      return [
        SERVE_FRAMES[0] as Frame,
        frame(
          'mlflow/models/flavor_backend_registry.py',
          45,
          'get_flavor_backend',
          'local_path = artifact_repo.download_artifacts(artifact_path, dst_path=tmp.path())',
          'artifact_repo.download_artifacts(artifact_path, dst_path=tmp.path())',
        ),
        frame(RUNS_REPO_PY, 230, 'download_artifacts', RAISE),
      ];
    }
    return [
      ...SERVE_FRAMES,
      ...TO_MODELS_REPO.slice(0, 2),
      frame(
        RUNS_REPO_PY,
        38,
        '__init__',
        'uri = RunsArtifactRepository.get_underlying_uri(artifact_uri, tracking_uri)',
        'RunsArtifactRepository.get_underlying_uri(artifact_uri, tracking_uri)',
      ),
    ];
  }
  const frames: Frame[] = [...SERVE_FRAMES, ...TO_MODELS_REPO];
  if (isMlflowError(parsed)) {
    frames.push(
      NAME_AND_VERSION,
      frame(
        MODELS_PY,
        139,
        'get_model_name_and_version',
        '(model_id, model_name, model_version, model_stage, model_alias) = _parse_model_uri(models_uri)',
        '_parse_model_uri(models_uri)',
      ),
      frame(
        MODELS_PY,
        IMPROPER_LINES[check ?? 'uri-path'] ?? 78,
        '_parse_model_uri',
        'raise MlflowException(_improper_model_uri_msg(uri, scheme))',
      ),
    );
    return frames;
  }
  switch (parsed.kind) {
    case 'stage':
    case 'latest':
      frames.push(NAME_AND_VERSION, LATEST_OF_STAGE);
      if (check === 'no-versions') {
        frames.push(
          frame(
            MODELS_PY,
            47,
            '_get_latest_model_version',
            `raise MlflowException(f"No versions of model with name '{name}'{stage_str} found")`,
          ),
        );
        return frames;
      }
      frames.push(
        frame(
          MODELS_PY,
          44,
          '_get_latest_model_version',
          'latest = client.get_latest_versions(name, None if stage is None else [stage])',
          'client.get_latest_versions(name, None if stage is None else [stage])',
        ),
        frame(
          REGISTRY_CLIENT_PY,
          195,
          'get_latest_versions',
          'return self.store.get_latest_versions(name, stages)',
          'self.store.get_latest_versions(name, stages)',
        ),
      );
      if (check === 'invalid-stage') {
        frames.push(
          frame(
            STORE_PY,
            737,
            'get_latest_versions',
            'expected_stages = {get_canonical_stage(stage) for stage in stages}',
            '{get_canonical_stage(stage) for stage in stages}',
          ),
          frame(
            STORE_PY,
            737,
            '<setcomp>',
            'expected_stages = {get_canonical_stage(stage) for stage in stages}',
            'get_canonical_stage(stage)',
          ),
          frame('mlflow/entities/model_registry/model_version_stages.py', 19, 'get_canonical_stage', RAISE),
        );
      } else {
        frames.push(
          frame(
            STORE_PY,
            731,
            'get_latest_versions',
            'sql_registered_model = self._get_registered_model(session, name)',
            'self._get_registered_model(session, name)',
          ),
          REGISTERED_MODEL_MISSING,
        );
      }
      return frames;
    case 'alias':
      frames.push(
        NAME_AND_VERSION,
        frame(
          MODELS_PY,
          150,
          'get_model_name_and_version',
          'mv = client.get_model_version_by_alias(model_name, model_alias)',
          'client.get_model_version_by_alias(model_name, model_alias)',
        ),
        frame(
          REGISTRY_CLIENT_PY,
          474,
          'get_model_version_by_alias',
          'return self.store.get_model_version_by_alias(name, alias)',
          'self.store.get_model_version_by_alias(name, alias)',
        ),
        frame(STORE_PY, 1430, 'get_model_version_by_alias', RAISE),
      );
      return frames;
    case 'version': {
      frames.push(
        frame(
          REPO_PY,
          144,
          '_get_model_uri_infos',
          'download_uri = client.get_model_version_download_uri(name, version)',
          'client.get_model_version_download_uri(name, version)',
        ),
      );
      if (check === 'model-not-found') {
        // MlflowClient's prompt check looks the model up first (facts §2.2).
        frames.push(
          frame('mlflow/tracking/client.py', 4921, 'get_model_version_download_uri', 'self._raise_if_prompt(name)'),
          frame(
            'mlflow/tracking/client.py',
            5529,
            '_raise_if_prompt',
            'rm = self.get_registered_model(name)',
            'self.get_registered_model(name)',
          ),
          frame(
            'mlflow/tracking/client.py',
            4096,
            'get_registered_model',
            'rm = self._get_registry_client().get_registered_model(name)',
            'self._get_registry_client().get_registered_model(name)',
          ),
          frame(
            REGISTRY_CLIENT_PY,
            180,
            'get_registered_model',
            'return self.store.get_registered_model(name)',
            'self.store.get_registered_model(name)',
          ),
          frame(
            STORE_PY,
            714,
            'get_registered_model',
            'return self._get_registered_model(session, name, eager=True).to_mlflow_entity()',
            'self._get_registered_model(session, name, eager=True)',
          ),
          REGISTERED_MODEL_MISSING,
        );
        return frames;
      }
      frames.push(
        frame(
          'mlflow/tracking/client.py',
          4922,
          'get_model_version_download_uri',
          'return self._get_registry_client().get_model_version_download_uri(name, version)',
          'self._get_registry_client().get_model_version_download_uri(name, version)',
        ),
        frame(
          REGISTRY_CLIENT_PY,
          371,
          'get_model_version_download_uri',
          'return self.store.get_model_version_download_uri(name, version)',
          'self.store.get_model_version_download_uri(name, version)',
        ),
        frame(
          STORE_PY,
          1141,
          'get_model_version_download_uri',
          'sql_model_version = self._get_sql_model_version(session, name, version)',
          'self._get_sql_model_version(session, name, version)',
        ),
        frame(
          STORE_PY,
          980,
          '_get_sql_model_version',
          'return cls._get_model_version_from_db(session, name, version, conditions, query_options)',
          'cls._get_model_version_from_db(session, name, version, conditions, query_options)',
        ),
        frame(STORE_PY, 951, '_get_model_version_from_db', RAISE),
      );
      return frames;
    }
    default:
      // A LoggedModel id: the repository asks the tracking store for its artifact location.
      frames.push(
        frame(
          REPO_PY,
          141,
          '_get_model_uri_infos',
          'download_uri = client.get_logged_model(model_id).artifact_location',
          'client.get_logged_model(model_id)',
        ),
      );
      return frames;
  }
}
