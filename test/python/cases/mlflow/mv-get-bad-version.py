# scenario: model-stages
# facts §2.2 (Parameter 'version' must be an integer), §3
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.get_model_version("my-model", "abc")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.get_model_version("my-model", "1.5")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
