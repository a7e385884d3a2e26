# scenario: model-stages
# facts §2.5 (delete_registered_model cascades; returns None; a missing model is not found)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
print(client.delete_registered_model("my-model"))
try:
    client.get_model_version("my-model", 1)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.delete_registered_model("my-model")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
