# scenario: model-stages
# facts §2.3 step 6 (missing target version), §3
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.transition_model_version_stage("my-model", 7, "Staging")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.transition_model_version_stage("my-model", "x", "Staging")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
