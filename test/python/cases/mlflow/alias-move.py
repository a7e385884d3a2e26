# scenario: model-stages
# facts §2.5 (setting an existing alias moves it; one version may carry many aliases)
from mlflow import MlflowClient
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 1)
client.set_registered_model_alias("my-model", "champion", 2)
client.set_registered_model_alias("my-model", "prod", 2)
print(client.get_registered_model("my-model").aliases)
print(client.get_model_version("my-model", 1).aliases, sorted(client.get_model_version("my-model", 2).aliases))
