# scenario: model-stages
# facts §2.3 (the stage is checked before the version is looked up)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.transition_model_version_stage("my-model", 99, "Prod")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.transition_model_version_stage("my-model", 99, "Production")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
