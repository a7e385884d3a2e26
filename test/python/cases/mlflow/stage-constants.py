# facts §1 (mlflow/entities/model_registry/model_version_stages.py: constants and get_canonical_stage)
from mlflow.entities.model_registry.model_version_stages import ALL_STAGES, DEFAULT_STAGES_FOR_GET_LATEST_VERSIONS, get_canonical_stage
from mlflow.exceptions import MlflowException, RestException
print(ALL_STAGES, DEFAULT_STAGES_FOR_GET_LATEST_VERSIONS)
print(get_canonical_stage("pRoDuCtIoN"), get_canonical_stage("none"))
try:
    get_canonical_stage("Prod")
except MlflowException as e:
    print(e.error_code, e.message)
print(issubclass(RestException, MlflowException))
