// Per-interpreter state of the simulated `mlflow` package, like a Python process's module
// globals: the active-run stack (mlflow/tracking/fluent.py `_active_run_stack`), the tracking URI
// and the warnings MLflow attributes to its own files. A new interpreter starts afresh; the
// registry itself lives in the shared SimEnv.
import type { SimEnv } from '../../env.ts';
import type { PyObject, PyValue } from '../values.ts';

export interface MlflowSession {
  readonly env: SimEnv;
  /** `ActiveRun` objects, innermost last. */
  readonly activeRuns: PyObject[];
  /** `mlflow.get_tracking_uri()`; 3.x defaults to `sqlite:///mlflow.db` (facts §4 last bullet). */
  trackingUri: string;
  /** The experiment new runs go to (`mlflow.set_experiment`); "0" is "Default". */
  experimentId: string;
  /** Warnings shown for MLflow-internal call sites (Python's once-per-location registry). */
  readonly innerWarnings: Set<string>;
  /**
   * The model objects passed to log_model, by LoggedModel id: a snippet's own model (a
   * `PythonModel` subclass, or any object with `predict`) answers `load_model(...).predict`.
   */
  readonly modelObjects: Map<string, PyValue>;
}

export function newSession(env: SimEnv): MlflowSession {
  return { env, activeRuns: [], trackingUri: 'sqlite:///mlflow.db', experimentId: '0', innerWarnings: new Set(), modelObjects: new Map() };
}

/** Where a default sqlite setup keeps artifacts: `./mlruns` resolved against the working directory. */
export const ARTIFACT_ROOT = '/home/learner/mlruns';
