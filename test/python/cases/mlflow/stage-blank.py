# scenario: model-stages
# facts §1, §2.3 step 3 (blank stage: INTERNAL_ERROR)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.transition_model_version_stage("my-model", 1, "")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.transition_model_version_stage("my-model", 1, "   ")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
