# scenario: model-stages
# facts §2.2 (get_model_version does not pre-check the model), §3 (no quotes, no period)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.get_model_version("my-model", 9)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.get_model_version("nobody", 1)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
