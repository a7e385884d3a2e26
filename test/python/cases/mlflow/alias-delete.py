# scenario: model-stages
# facts §2.5 (delete_registered_model_alias)
from mlflow import MlflowClient
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 1)
client.delete_registered_model_alias("my-model", "champion")
print(client.get_registered_model("my-model").aliases, client.get_model_version("my-model", 1).aliases)
