# scenario: model-stages
# facts §1 (invalid stage echoes the raw input; whitespace is not trimmed), §2.3 step 4
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
for stage in ["Prod", " Staging", "unknown"]:
    try:
        client.transition_model_version_stage("my-model", 1, stage)
    except MlflowException as e:
        print(type(e).__name__, e.error_code)
        print(e.message)
