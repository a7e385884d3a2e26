// Where each MlflowClient method hands over to MLflow's stores, as MLflow 3.6.1.dev0 (commit
// 28f34833b) has it in mlflow/tracking/client.py: line, source line and the call Python 3.11
// underlines. An MlflowException raised inside the client shows this frame (and, for the stage
// APIs, the @deprecated wrapper's) between the learner's line and the error, as real Python does.
// Generated from the source with Python's ast module (a call spanning lines is underlined to the
// end of its first line, as 3.11 does); the store's deeper frames are left out.
import type { TracebackEntry } from '../values.ts';

const SITE = '/usr/local/lib/python3.11/site-packages/mlflow';

/** [line, source line, caret start, caret end] (carets -1 when Python shows none). */
const CLIENT_CALLS: Readonly<Record<string, readonly [number, string, number, number]>> = {
  get_run: [387, 'return self._tracking_client.get_run(run_id)', 7, 44],
  get_parent_run: [424, 'child_run = self._tracking_client.get_run(run_id)', 12, 49],
  get_metric_history: [498, 'return self._tracking_client.get_metric_history(run_id, key)', 7, 60],
  create_run: [554, 'return self._tracking_client.create_run(experiment_id, start_time, tags, run_name)', 7, 82],
  link_prompt_version_to_run: [872, 'self._get_registry_client().link_prompt_version_to_run(', -1, -1],
  link_prompt_version_to_model: [885, 'return self._get_registry_client().link_prompt_version_to_model(', 7, 64],
  link_prompt_versions_to_trace: [918, 'return self._get_registry_client().link_prompt_versions_to_trace(', 7, 65],
  link_traces_to_run: [945, 'return self._tracking_client.link_traces_to_run(trace_ids, run_id)', 7, 66],
  unlink_traces_from_run: [973, 'return self._tracking_client.unlink_traces_from_run(trace_ids, run_id)', 7, 70],
  detach_prompt_from_run: [1001, 'self._get_registry_client().set_model_version_tag(', -1, -1],
  set_prompt_alias: [1045, 'self._get_registry_client().set_prompt_alias(name, alias, version)', -1, -1],
  delete_prompt_alias: [1057, 'self._get_registry_client().delete_prompt_alias(name, alias)', -1, -1],
  set_prompt_version_tag: [
    1072,
    'self._get_registry_client().set_prompt_version_tag(name, version, key, value)',
    -1,
    -1,
  ],
  delete_prompt_version_tag: [
    1086,
    'self._get_registry_client().delete_prompt_version_tag(name, version, key)',
    -1,
    -1,
  ],
  search_experiments: [1799, 'return self._tracking_client.search_experiments(', 7, 48],
  get_experiment: [1839, 'return self._tracking_client.get_experiment(experiment_id)', 7, 58],
  get_experiment_by_name: [1873, 'return self._tracking_client.get_experiment_by_name(name)', 7, 57],
  create_experiment: [1927, 'return self._tracking_client.create_experiment(name, artifact_location, tags)', 7, 77],
  delete_experiment: [1962, 'self._tracking_client.delete_experiment(experiment_id)', -1, -1],
  restore_experiment: [2010, 'self._tracking_client.restore_experiment(experiment_id)', -1, -1],
  rename_experiment: [2058, 'self._tracking_client.rename_experiment(experiment_id, new_name)', -1, -1],
  log_metric: [2154, 'return self._tracking_client.log_metric(', 7, 40],
  log_param: [2233, 'self._tracking_client.log_param(run_id, key, value, synchronous=True)', -1, -1],
  set_experiment_tag: [2267, 'self._tracking_client.set_experiment_tag(experiment_id, key, value)', -1, -1],
  delete_experiment_tag: [2297, 'self._tracking_client.delete_experiment_tag(experiment_id, key)', -1, -1],
  set_tag: [2356, 'return self._tracking_client.set_tag(run_id, key, value, synchronous=synchronous)', 7, 81],
  delete_tag: [2399, 'self._tracking_client.delete_tag(run_id, key)', -1, -1],
  update_run: [2447, 'self._tracking_client.update_run(run_id, status, name)', -1, -1],
  log_batch: [2530, 'return self._tracking_client.log_batch(', 7, 39],
  log_inputs: [2551, 'self._tracking_client.log_inputs(run_id, datasets, models)', -1, -1],
  log_outputs: [2554, 'self._tracking_client.log_outputs(run_id, models)', -1, -1],
  log_artifact: [2600, 'self._tracking_client.log_artifact(run_id, local_path, artifact_path)', -1, -1],
  log_artifacts: [2647, 'self._tracking_client.log_artifacts(run_id, local_dir, artifact_path)', -1, -1],
  list_artifacts: [3474, 'return self._tracking_client.list_artifacts(run_id, path)', 7, 57],
  list_logged_model_artifacts: [
    3477,
    'return self._tracking_client.list_logged_model_artifacts(model_id, path)',
    7,
    72,
  ],
  download_artifacts: [3526, 'return self._tracking_client.download_artifacts(run_id, path, dst_path)', 7, 71],
  set_terminated: [3573, 'self._tracking_client.set_terminated(run_id, status, end_time)', -1, -1],
  delete_run: [3604, 'self._tracking_client.delete_run(run_id)', -1, -1],
  restore_run: [3638, 'self._tracking_client.restore_run(run_id)', -1, -1],
  search_runs: [3729, 'return self._tracking_client.search_runs(', 7, 41],
  create_registered_model: [3791, 'return self._get_registry_client().create_registered_model(', 7, 59],
  rename_registered_model: [3846, 'self._get_registry_client().rename_registered_model(name, new_name)', -1, -1],
  update_registered_model: [3899, 'return self._get_registry_client().update_registered_model(', 7, 59],
  delete_registered_model: [3959, 'self._get_registry_client().delete_registered_model(name)', -1, -1],
  search_registered_models: [4052, 'return self._get_registry_client().search_registered_models(', 7, 60],
  get_registered_model: [4097, 'rm = self._get_registry_client().get_registered_model(name)', 5, 59],
  get_latest_versions: [4177, 'return self._get_registry_client().get_latest_versions(name, stages)', 7, 68],
  set_registered_model_tag: [4229, 'self._get_registry_client().set_registered_model_tag(name, key, value)', -1, -1],
  delete_registered_model_tag: [4284, 'self._get_registry_client().delete_registered_model_tag(name, key)', -1, -1],
  update_model_version: [4636, 'return self._get_registry_client().update_model_version(', 7, 56],
  transition_model_version_stage: [4716, 'return self._get_registry_client().transition_model_version_stage(', 7, 66],
  delete_model_version: [4806, 'self._get_registry_client().delete_model_version(name, version)', -1, -1],
  get_model_version: [4872, 'mv = self._get_registry_client().get_model_version(name, version)', 5, 65],
  get_model_version_download_uri: [
    4923,
    'return self._get_registry_client().get_model_version_download_uri(name, version)',
    7,
    80,
  ],
  search_model_versions: [5005, 'return self._get_registry_client().search_model_versions(', 7, 57],
  set_model_version_tag: [5152, 'self._get_registry_client().set_model_version_tag(name, version, key, value)', -1, -1],
  delete_model_version_tag: [5246, 'self._get_registry_client().delete_model_version_tag(name, version, key)', -1, -1],
  set_registered_model_alias: [
    5335,
    'self._get_registry_client().set_registered_model_alias(name, alias, version)',
    -1,
    -1,
  ],
  delete_registered_model_alias: [
    5432,
    'self._get_registry_client().delete_registered_model_alias(name, alias)',
    -1,
    -1,
  ],
  get_model_version_by_alias: [5519, 'mv = self._get_registry_client().get_model_version_by_alias(name, alias)', 5, 72],
  log_model_params: [5593, 'self._tracking_client.get_logged_model(model_id)', -1, -1],
  finalize_logged_model: [5623, 'return self._tracking_client.finalize_logged_model(', 7, 51],
  get_logged_model: [5639, 'return self._tracking_client.get_logged_model(model_id)', 7, 55],
  delete_logged_model: [5650, 'return self._tracking_client.delete_logged_model(model_id)', 7, 58],
  set_logged_model_tags: [5666, 'self._tracking_client.get_logged_model(model_id)', -1, -1],
  delete_logged_model_tag: [5692, 'return self._tracking_client.delete_logged_model_tag(model_id, key)', 7, 67],
  log_model_artifact: [5705, 'return self._tracking_client.log_model_artifact(model_id, local_path)', 7, 69],
  log_model_artifacts: [5718, 'return self._tracking_client.log_model_artifacts(model_id, local_dir)', 7, 69],
  search_logged_models: [5788, 'return self._tracking_client.search_logged_models(', 7, 50],
  create_dataset: [6170, 'return self._tracking_client.create_dataset(', 7, 44],
  get_dataset: [6200, 'return self._tracking_client.get_dataset(dataset_id)', 7, 52],
  delete_dataset: [6220, 'self._tracking_client.delete_dataset(dataset_id)', -1, -1],
  search_datasets: [6262, 'return self._tracking_client.search_datasets(', 7, 45],
  set_dataset_tags: [6299, 'self._tracking_client.set_dataset_tags(dataset_id=dataset_id, tags=tags)', -1, -1],
  delete_dataset_tag: [6320, 'self._tracking_client.delete_dataset_tag(dataset_id=dataset_id, key=key)', -1, -1],
  add_dataset_to_experiments: [
    6351,
    'return self._tracking_client.add_dataset_to_experiments(dataset_id, experiment_ids)',
    7,
    83,
  ],
  remove_dataset_from_experiments: [
    6382,
    'return self._tracking_client.remove_dataset_from_experiments(dataset_id, experiment_ids)',
    7,
    88,
  ],
  create_webhook: [6415, 'return self._get_registry_client().create_webhook(', 7, 50],
  get_webhook: [6435, 'return self._get_registry_client().get_webhook(webhook_id)', 7, 58],
  list_webhooks: [6453, 'return self._get_registry_client().list_webhooks(max_results, page_token)', 7, 73],
  update_webhook: [6488, 'return self._get_registry_client().update_webhook(', 7, 50],
  delete_webhook: [6509, 'self._get_registry_client().delete_webhook(webhook_id)', -1, -1],
  test_webhook: [6527, 'return self._get_registry_client().test_webhook(webhook_id, event)', 7, 66],
};

const entry = (file: string, line: number, name: string, code: string, start: number, end: number): TracebackEntry => ({
  filename: `${SITE}/${file}`,
  line,
  col: Math.max(0, start),
  name,
  sourceLine: code,
  carets: start < 0 ? null : ' '.repeat(start) + '^'.repeat(end - start),
});

/** One frame in MLflow's own files (a path under site-packages/mlflow). */
export const mlflowFrame = entry;

/** mlflow/utils/annotations.py: the @deprecated wrapper that calls a stage API. */
export const deprecatedWrapperFrame = (): TracebackEntry =>
  entry('utils/annotations.py', 186, 'deprecated_func', 'return obj(*args, **kwargs)', 7, 27);

/** mlflow/tracing/provider.py: the wrapper around pyfunc's load_model/log_model/save_model. */
export const tracingWrapperFrame = (line: 616 | 621): TracebackEntry =>
  entry('tracing/provider.py', line, 'wrapper', 'result = f(*args, **kwargs)', 9, 27);

/** The frames MLflow's own code adds above an error raised inside `MlflowClient.<method>`. */
export function clientFrames(method: string, deprecated: boolean): TracebackEntry[] {
  const call = Object.hasOwn(CLIENT_CALLS, method) ? CLIENT_CALLS[method] : undefined;
  if (call === undefined) return [];
  const frames = [entry('tracking/client.py', call[0], method, call[1], call[2], call[3])];
  // mlflow/utils/annotations.py: the @deprecated wrapper calls the method.
  if (deprecated)
    frames.unshift(entry('utils/annotations.py', 186, 'deprecated_func', 'return obj(*args, **kwargs)', 7, 27));
  return frames;
}
