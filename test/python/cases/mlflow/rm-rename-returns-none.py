# scenario: model-stages
# facts §2.5 (rename_registered_model returns None; versions move; old name is gone), §10 #9
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
print(client.rename_registered_model("my-model", "fraud-model"))
print([mv.version for mv in client.search_model_versions("name='fraud-model'")])
print(client.get_model_version("fraud-model", 3).name)
try:
    client.get_registered_model("my-model")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
