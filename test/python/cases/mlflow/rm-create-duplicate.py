# scenario: model-stages
# facts §2.5, §3 (duplicate registered model: RESOURCE_ALREADY_EXISTS)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.create_registered_model("my-model")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
