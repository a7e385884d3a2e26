# scenario: model-stages
# facts §8 (RegisteredModel repr with latest_versions and aliases dict)
from mlflow import MlflowClient
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 3)
client.delete_model_version("my-model", 1)
client.delete_model_version("my-model", 2)
print(client.get_registered_model("my-model"))
