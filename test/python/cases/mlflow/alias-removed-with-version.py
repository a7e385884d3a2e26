# scenario: model-stages
# facts §2.2 (deleting a version removes the aliases that point to it)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 2)
client.delete_model_version("my-model", 2)
print(client.get_registered_model("my-model").aliases)
try:
    client.get_model_version_by_alias("my-model", "champion")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
