// The registry's data model. Mirrors MLflow 3.x entities as a local (sqlite) store returns them:
// `version` is an int (mlflow-registry-facts.md §2.2), stages are canonical strings (§1).
// Everything is readonly: operations return new state and never mutate (see ./result.ts).
import type { FittedEstimator } from '../estimators.ts';

/** The four stages a learner can see (mlflow/entities/model_registry/model_version_stages.py). */
export type Stage = 'None' | 'Staging' | 'Production' | 'Archived';
/** What a version row can hold: a soft-deleted version keeps its number under this marker. */
export type StoredStage = Stage | 'Deleted_Internal';

export const ALL_STAGES: readonly Stage[] = ['None', 'Staging', 'Production', 'Archived'];
/** Targets for which `archive_existing_versions` is allowed (§2.3 step 5). */
export const ACTIVE_STAGES: readonly Stage[] = ['Staging', 'Production'];

export type ErrorCode =
  | 'INTERNAL_ERROR'
  | 'INVALID_PARAMETER_VALUE'
  | 'RESOURCE_DOES_NOT_EXIST'
  | 'RESOURCE_ALREADY_EXISTS'
  | 'INVALID_STATE';

/** An MlflowException as a value: `str(e) == message`, `e.error_code == errorCode` (§3). */
export interface MlflowException {
  readonly kind: 'mlflow';
  readonly message: string;
  readonly errorCode: ErrorCode;
  /** Which check raised it, where more than the message depends on that (see MlflowCheck). */
  readonly check?: MlflowCheck;
}

/**
 * The MLflow checks whose failure changes more than the message: `mlflow models serve`'s
 * traceback ends in the frame of the check that raised (shell/serve/resolve-frames.ts). The
 * `uri-*` checks are those of `_parse_model_uri` (mlflow/store/artifact/utils/models.py), in order.
 */
export type MlflowCheck =
  | 'uri-scheme'
  | 'uri-path'
  | 'uri-parts'
  | 'uri-suffix'
  | 'uri-alias'
  | 'runs-uri'
  | 'model-not-found'
  | 'no-versions'
  | 'invalid-stage'
  | 'artifact-path';

/**
 * A TypeError raised inside MLflow's own checks: `_validate_model_version`
 * (mlflow/utils/validation.py) calls `int(version)` and catches only ValueError, so `int()`'s
 * TypeError for None, a list or a ModelVersion reaches the learner as it is.
 */
export interface ArgumentTypeError {
  readonly kind: 'argument-type';
  readonly message: string;
  /** The Python type `int()` refused (`NoneType`, `list`, `ModelVersion`). */
  readonly typeName: string;
}

/** What a registry operation fails with: an MlflowException, or a TypeError from MLflow's checks. */
export type MlflowError = MlflowException | ArgumentTypeError;

/**
 * An argument that is some Python object other than a number or a string (None, a list, a
 * ModelVersion): the checks need only its type, as `int(x)` does to word its TypeError.
 */
export interface PythonObjectArg {
  readonly kind: 'python-object';
  readonly typeName: string;
}

export interface ModelVersion {
  readonly name: string;
  readonly version: number;
  readonly creationTimestamp: number;
  readonly lastUpdatedTimestamp: number;
  readonly currentStage: StoredStage;
  readonly description: string | null;
  readonly source: string;
  readonly runId: string | null;
  readonly runLink: string | null;
  readonly status: 'READY';
  readonly tags: Readonly<Record<string, string>>;
  readonly userId: string | null;
  /** The LoggedModel id (`m-<32 hex>`) a 3.x version was registered from, if any. */
  readonly modelId: string | null;
}

export interface RegisteredModel {
  readonly name: string;
  readonly creationTimestamp: number;
  readonly lastUpdatedTimestamp: number;
  readonly description: string | null;
  readonly tags: Readonly<Record<string, string>>;
  /** alias -> version number (a sqlite store reads `{"champion": 2}`, §2.2). */
  readonly aliases: Readonly<Record<string, number>>;
  /**
   * Every version ever created, deleted ones included (currentStage 'Deleted_Internal'), so
   * `versions[i].version === i + 1` always holds and numbers are never reused (§2.2).
   */
  readonly versions: readonly ModelVersion[];
}

export type RunStatus = 'RUNNING' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface Run {
  readonly runId: string;
  readonly experimentId: string;
  readonly runName: string;
  readonly startTime: number;
  readonly endTime: number | null;
  readonly status: RunStatus;
  readonly params: Readonly<Record<string, string>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly tags: Readonly<Record<string, string>>;
  /** Models logged in this run: artifact name/path -> LoggedModel id, so `runs:/<id>/<path>` resolves. */
  readonly loggedModels: Readonly<Record<string, string>>;
}

/** A 3.x LoggedModel (`models:/m-<id>`), created by `mlflow.<flavor>.log_model`. */
export interface LoggedModel {
  readonly modelId: string;
  readonly name: string;
  readonly runId: string | null;
  readonly flavor: string;
  readonly creationTimestamp: number;
  /**
   * The fitted model the artifact holds (the simulator's model.pkl), when a simulated sklearn
   * estimator was logged: loading and serving predict with it (src/engine/estimators.ts).
   */
  readonly estimator?: FittedEstimator;
  /** `log_model(params=...)` and the LoggedModel's tags (mlflow.source.*, mlflow.user, `tags=`). */
  readonly params?: Readonly<Record<string, string>>;
  readonly tags?: Readonly<Record<string, string>>;
  /** The source run's metrics when the model was logged (3.x links them to the model). */
  readonly metrics?: Readonly<Record<string, number>>;
}

export interface RegistryState {
  readonly models: Readonly<Record<string, RegisteredModel>>;
  readonly runs: Readonly<Record<string, Run>>;
  readonly loggedModels: Readonly<Record<string, LoggedModel>>;
}

export const EMPTY_REGISTRY: RegistryState = { models: {}, runs: {}, loggedModels: {} };
