// Per-interpreter state of the simulated `mlflow` package, like a Python process's module
// globals: the active-run stack (mlflow/tracking/fluent.py `_active_run_stack`), the tracking URI
// and the warnings MLflow attributes to its own files. A new interpreter starts afresh; the
// registry itself lives in the shared SimEnv.
import type { SimEnv } from '../../env.ts';
import type { NativeContext } from '../native.ts';
import { logLine } from './warnings.ts';
import type { RegistryState, Run } from '../../registry/types.ts';
import type { PyObject, PyValue } from '../values.ts';

export interface MlflowSession {
  readonly env: SimEnv;
  /** `ActiveRun` objects, innermost last. */
  readonly activeRuns: PyObject[];
  /** The run `end_run` ended last (fluent.py `_last_active_run_id`), for `last_active_run()`. */
  lastActiveRunId: string | null;
  /** `mlflow.get_tracking_uri()`; 3.x defaults to `sqlite:///mlflow.db` (facts §4 last bullet). */
  trackingUri: string;
  /** `mlflow.set_registry_uri(...)`; None until set (then the tracking URI is used). */
  registryUri: string | null;
  /** The experiment new runs go to (`mlflow.set_experiment`); "0" is "Default". */
  experimentId: string;
  /** Warnings shown for MLflow-internal call sites (Python's once-per-location registry). */
  readonly innerWarnings: Set<string>;
  /**
   * The model objects passed to log_model, by LoggedModel id: a snippet's own model (a
   * `PythonModel` subclass, or any object with `predict`) answers `load_model(...).predict`.
   */
  readonly modelObjects: Map<string, PyValue>;
  /** Runs made only to hold a model logged outside any run (see flavors.ts); never shown. */
  readonly holderRuns: Set<string>;
  /** LoggedModels saved without a python_function flavor (`sklearn.log_model(None)`): pyfunc cannot load them. */
  readonly withoutPyfunc: Set<string>;
}

export function newSession(env: SimEnv): MlflowSession {
  return {
    env,
    activeRuns: [],
    lastActiveRunId: null,
    trackingUri: 'sqlite:///mlflow.db',
    registryUri: null,
    experimentId: '0',
    innerWarnings: new Set(),
    modelObjects: new Map(),
    holderRuns: new Set(),
    withoutPyfunc: new Set(),
  };
}

/** `mlflow.get_registry_uri()`: the set URI (empty counts as unset), else the tracking URI's default. */
export function registryUriOf(session: MlflowSession): string {
  if (session.registryUri) return session.registryUri;
  const t = session.trackingUri;
  if (t === 'databricks') return 'databricks-uc';
  if (t.startsWith('databricks://')) return `databricks-uc://${t.slice('databricks://'.length)}`;
  return t;
}

/** Where a default sqlite setup keeps artifacts: `./mlruns` resolved against the working directory. */
export const ARTIFACT_ROOT = '/home/learner/mlruns';

/**
 * Where a LoggedModel's files live: `<artifact root>/<experiment id>/models/<model id>/artifacts`
 * (mlflow/store/tracking/sqlalchemy_store.py::create_logged_model).
 */
export function loggedModelLocation(registry: RegistryState, modelId: string): string {
  const lm = Object.hasOwn(registry.loggedModels, modelId) ? registry.loggedModels[modelId] : undefined;
  const run = lm?.runId && Object.hasOwn(registry.runs, lm.runId) ? registry.runs[lm.runId] : undefined;
  return `${ARTIFACT_ROOT}/${run?.experimentId ?? '0'}/models/${modelId}/artifacts`;
}

/** A tracking server (`http(s)://`) rather than a local store: MLflow's RestStore. */
export function usesTrackingServer(session: MlflowSession): boolean {
  return /^https?:\/\//i.test(session.trackingUri);
}

/**
 * `TrackingServiceClient._log_url`, called when a run ends: with a RestStore MLflow writes the
 * run and experiment links to stdout (mlflow/tracking/_tracking_service/client.py).
 */
export function runLinks(session: MlflowSession, run: Run): string {
  if (!usesTrackingServer(session)) return '';
  const host = session.trackingUri.replace(/\/+$/, '');
  const experimentUrl = `${host}/#/experiments/${run.experimentId}`;
  return `\u{1F3C3} View run ${run.runName} at: ${experimentUrl}/runs/${run.runId}\n\u{1F9EA} View experiment at: ${experimentUrl}\n`;
}

/**
 * `_await_model_version_creation` (mlflow/store/model_registry/abstract_store.py): only a REST store
 * waits, and logs that it does; local stores create versions READY at once (facts §2.6).
 */
export function waitForCreation(
  ctx: NativeContext,
  session: MlflowSession,
  mv: { name: string; version: number },
  awaitFor: number | null,
): void {
  if (!usesTrackingServer(session) || !awaitFor) return;
  logLine(
    ctx,
    'INFO',
    'mlflow.store.model_registry.abstract_store',
    `Waiting up to ${awaitFor} seconds for model version to finish creation. Model name: ${mv.name}, version ${mv.version}`,
  );
}
