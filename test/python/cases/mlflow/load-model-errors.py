# scenario: model-stages
# facts §5 (stage with no versions; invalid stage; improper URI; missing alias; missing model)
# A version URI on a missing model: _get_model_uri_infos calls MlflowClient.get_model_version_download_uri,
# whose prompt check (§2.2) reports the registered model first.
import mlflow
from mlflow.exceptions import MlflowException
for uri in ["models:/my-model/Production", "models:/my-model/Prod", "models:/my-model/Stage/0", "models:/my-model@champion", "models:/ghost/1", "models:/my-model/9"]:
    try:
        mlflow.pyfunc.load_model(uri)
    except MlflowException as e:
        print(type(e).__name__, e.error_code)
        print(e.message)
# known-difference: MLflow reads models:/my-model/Stage/0 as the stage 'Stage' (INVALID_PARAMETER_VALUE); the simulator calls it an improper URI
