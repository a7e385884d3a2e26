// MLflow's exact exception texts for the registry, one builder per situation (facts §3 catalogue).
// Kept in one place so the messages a learner sees never drift between operations.
import { mlflowError } from './result.ts';
import type { ArgumentTypeError, MlflowError } from './types.ts';

/** `mlflow/store/model_registry/sqlalchemy_store.py::_get_registered_model`: no quotes, no period. */
export const modelNotFound = (name: string): MlflowError =>
  mlflowError(`Registered Model with name=${name} not found`, 'RESOURCE_DOES_NOT_EXIST', 'model-not-found');

/** `sqlalchemy_store.py::_get_sql_model_version`: the version is echoed as the caller passed it. */
export const versionNotFound = (name: string, version: string): MlflowError =>
  mlflowError(`Model Version (name=${name}, version=${version}) not found`, 'RESOURCE_DOES_NOT_EXIST');

/** `mlflow/prompt/registry_utils.py::handle_resource_already_exist_error` (3.x text, §2.5). */
export const modelAlreadyExists = (name: string): MlflowError =>
  mlflowError(`Registered Model (name=${name}) already exists.`, 'RESOURCE_ALREADY_EXISTS');

/** `mlflow/utils/validation.py::missing_value`. */
export const missingValue = (param: string): MlflowError =>
  mlflowError(`Missing value for required parameter '${param}'.`, 'INVALID_PARAMETER_VALUE');

/** `int(x)` of an object that is not a number or a string (Objects/abstract.c, PyNumber_Long). */
export const intArgumentType = (typeName: string): ArgumentTypeError => ({
  kind: 'argument-type',
  message: `int() argument must be a string, a bytes-like object or a real number, not '${typeName}'`,
  typeName,
});

/** `mlflow/utils/validation.py::not_integer_value`. */
export const notInteger = (param: string, shown: string): MlflowError =>
  mlflowError(`Parameter '${param}' must be an integer, got '${shown}'.`, 'INVALID_PARAMETER_VALUE');

/** `mlflow/entities/model_registry/model_version_stages.py::get_canonical_stage` (§1). */
export const invalidStage = (raw: string): MlflowError =>
  mlflowError(
    `Invalid Model Version stage: ${raw}. Value must be one of None, Staging, Production, Archived.`,
    'INVALID_PARAMETER_VALUE',
    'invalid-stage',
  );

/** `mlflow/tracking/_model_registry/client.py::transition_model_version_stage`: default code (§1). */
export const emptyStage = (): MlflowError => mlflowError('The stage must not be an empty string.');

/** `sqlalchemy_store.py::transition_model_version_stage`: raw stage, list repr, no period (§2.3). */
export const archiveNeedsActiveStage = (raw: string): MlflowError =>
  mlflowError(
    `Model version transition cannot archive existing model versions because '${raw}' is not an Active stage. Valid stages are ['Staging', 'Production']`,
  );

/** `sqlalchemy_store.py::get_model_version_by_alias`: INVALID_PARAMETER_VALUE, with a period (§2.5). */
export const aliasNotFound = (alias: string): MlflowError =>
  mlflowError(`Registered model alias ${alias} not found.`, 'INVALID_PARAMETER_VALUE');
