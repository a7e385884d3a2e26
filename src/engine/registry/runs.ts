// Just enough of the tracking side for the registry lessons: runs that log params, metrics, tags
// and models, so versions can be registered from `runs:/<run_id>/<path>` or `models:/m-<id>`.
import { mlflowError, wrote } from './result.ts';
import type { Change, Result } from './result.ts';
import type { Sources } from '../sources.ts';
import type { FittedEstimator } from '../estimators.ts';
import { isMlflowError, pythonStr } from './validation.ts';
import type { LoggedModel, MlflowError, RegistryState, Run, RunStatus } from './types.ts';

/** `mlflow/store/tracking/sqlalchemy_store.py::_get_run`: `Run with id=<id> not found`. */
export const runNotFound = (runId: string): MlflowError =>
  mlflowError(`Run with id=${runId} not found`, 'RESOURCE_DOES_NOT_EXIST');

export function requireRun(state: RegistryState, runId: string): Run | MlflowError {
  return Object.hasOwn(state.runs, runId) ? (state.runs[runId] as Run) : runNotFound(runId);
}

// Word lists in the spirit of MLflow's generated run names ("adjective-animal-123",
// mlflow/utils/name_utils.py); our own short lists, chosen to read well in a lesson.
const ADJECTIVES = [
  'amazing',
  'bold',
  'brave',
  'bright',
  'calm',
  'clever',
  'crisp',
  'curious',
  'dapper',
  'eager',
  'fearless',
  'gentle',
  'gifted',
  'glossy',
  'honest',
  'jolly',
  'kindly',
  'lucky',
  'merciful',
  'nimble',
  'polite',
  'quiet',
  'rare',
  'rogue',
  'shy',
  'silent',
  'smiling',
  'sneaky',
  'spry',
  'sunny',
  'tasteful',
  'upbeat',
];
const ANIMALS = [
  'ant',
  'bass',
  'bat',
  'bear',
  'bee',
  'carp',
  'cat',
  'colt',
  'crab',
  'crane',
  'deer',
  'dove',
  'duck',
  'eel',
  'elk',
  'finch',
  'fox',
  'frog',
  'goat',
  'hare',
  'hawk',
  'hen',
  'jay',
  'koi',
  'lark',
  'lynx',
  'mole',
  'moth',
  'newt',
  'owl',
  'ram',
  'seal',
];

/** A readable run name derived from a run id, so the same id always gets the same name. */
export function friendlyRunName(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16) || 0;
  const adjective = ADJECTIVES[n(0) % ADJECTIVES.length] as string;
  const animal = ANIMALS[n(2) % ANIMALS.length] as string;
  const num = (parseInt(hex.slice(4, 8), 16) || 0) % 1000;
  return `${adjective}-${animal}-${num}`;
}

const runChange = (runId: string, from: unknown, to: unknown, op: Change['op'] = 'updated'): Change => ({
  op,
  entity: 'run',
  key: runId,
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});

const putRun = (state: RegistryState, run: Run): RegistryState => ({
  ...state,
  runs: { ...state.runs, [run.runId]: run },
});

export interface CreateRunArgs {
  readonly experimentId?: string | null;
  readonly runName?: string | null;
}

/** `mlflow.start_run()` / `MlflowClient.create_run`: a RUNNING run in experiment "0" by default. */
export function createRun(state: RegistryState, src: Sources, args: CreateRunArgs = {}): Result<Run> {
  const runId = src.ids.hex32();
  const run: Run = {
    runId,
    experimentId: args.experimentId ?? '0',
    runName: args.runName ?? friendlyRunName(runId),
    startTime: src.clock.now(),
    endTime: null,
    status: 'RUNNING',
    params: {},
    metrics: {},
    tags: {},
    loggedModels: {},
  };
  return wrote(putRun(state, run), run, [runChange(runId, undefined, { runName: run.runName }, 'added')]);
}

/**
 * `log_param`: params are immutable; the same value again is fine, a different one is refused
 * (mlflow/store/tracking/sqlalchemy_store.py::log_param).
 */
export function logParam(
  state: RegistryState,
  _src: Sources,
  args: { runId: string; key: string; value: unknown },
): Result<null> {
  const run = requireRun(state, args.runId);
  if (isMlflowError(run)) return { ok: false, error: run };
  const value = pythonStr(args.value);
  const before = Object.hasOwn(run.params, args.key) ? run.params[args.key] : undefined;
  if (before === value) return wrote(state, null, []);
  if (before !== undefined) {
    return {
      ok: false,
      error: mlflowError(
        `Changing param values is not allowed. Param with key='${args.key}' was already logged with value='${before}' for run ID='${run.runId}'. Attempted logging new value '${value}'.`,
        'INVALID_PARAMETER_VALUE',
      ),
    };
  }
  const next: Run = { ...run, params: { ...run.params, [args.key]: value } };
  return wrote(putRun(state, next), null, [runChange(run.runId, undefined, { param: args.key, value })]);
}

/** `log_metric`: the latest value per key is kept (history is not modelled). */
export function logMetric(
  state: RegistryState,
  _src: Sources,
  args: { runId: string; key: string; value: number },
): Result<null> {
  const run = requireRun(state, args.runId);
  if (isMlflowError(run)) return { ok: false, error: run };
  const before = Object.hasOwn(run.metrics, args.key) ? run.metrics[args.key] : undefined;
  const next: Run = { ...run, metrics: { ...run.metrics, [args.key]: args.value } };
  return wrote(putRun(state, next), null, [
    runChange(run.runId, before === undefined ? undefined : { metric: args.key, value: before }, {
      metric: args.key,
      value: args.value,
    }),
  ]);
}

/** `set_tag`: tags may be overwritten; `mlflow.runName` also renames the run. */
export function setRunTag(
  state: RegistryState,
  _src: Sources,
  args: { runId: string; key: string; value: unknown },
): Result<null> {
  const run = requireRun(state, args.runId);
  if (isMlflowError(run)) return { ok: false, error: run };
  const value = pythonStr(args.value);
  const next: Run = {
    ...run,
    tags: { ...run.tags, [args.key]: value },
    ...(args.key === 'mlflow.runName' ? { runName: value } : {}),
  };
  return wrote(putRun(state, next), null, [runChange(run.runId, undefined, { tag: args.key, value })]);
}

/** `end_run` / `set_terminated`: status FINISHED by default, end time now. */
export function endRun(state: RegistryState, src: Sources, args: { runId: string; status?: RunStatus }): Result<Run> {
  const run = requireRun(state, args.runId);
  if (isMlflowError(run)) return { ok: false, error: run };
  const status = args.status ?? 'FINISHED';
  const next: Run = { ...run, status, endTime: src.clock.now() };
  return wrote(putRun(state, next), next, [runChange(run.runId, { status: run.status }, { status })]);
}

/**
 * `mlflow.<flavor>.log_model(model, name=...)` in 3.x: creates a LoggedModel `m-<32 hex>` linked to
 * the run and records it under the artifact name, so `runs:/<run_id>/<name>` resolves to it.
 */
export function logModel(
  state: RegistryState,
  src: Sources,
  args: {
    runId: string;
    name: string | null;
    flavor: string;
    estimator?: FittedEstimator;
    params?: Readonly<Record<string, string>>;
    tags?: Readonly<Record<string, string>>;
  },
): Result<LoggedModel> {
  const run = requireRun(state, args.runId);
  if (isMlflowError(run)) return { ok: false, error: run };
  const hex = src.ids.hex32();
  const modelId = `m-${hex}`;
  // A model logged without a name gets a random one, like a run (3.x tracking store
  // create_logged_model: `name = name or _generate_random_name()`).
  const name = args.name ?? friendlyRunName(hex.slice(8));
  const logged: LoggedModel = {
    modelId,
    name,
    runId: run.runId,
    flavor: args.flavor,
    creationTimestamp: src.clock.now(),
    ...(args.estimator ? { estimator: args.estimator } : {}),
    ...(args.params ? { params: args.params } : {}),
    ...(args.tags ? { tags: args.tags } : {}),
    ...(Object.keys(run.metrics).length > 0 ? { metrics: { ...run.metrics } } : {}),
  };
  const next: Run = { ...run, loggedModels: { ...run.loggedModels, [name]: modelId } };
  const state2: RegistryState = { ...putRun(state, next), loggedModels: { ...state.loggedModels, [modelId]: logged } };
  return wrote(state2, logged, [{ op: 'added', entity: 'logged_model', key: modelId, to: { name, runId: run.runId } }]);
}
