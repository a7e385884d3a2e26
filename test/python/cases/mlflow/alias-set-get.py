# scenario: model-stages
# facts §2.5 (aliases: set returns None; get_model_version_by_alias), §8 (aliases dict vs list)
from mlflow import MlflowClient
client = MlflowClient()
print(client.set_registered_model_alias("my-model", "champion", 2))
client.set_registered_model_alias("my-model", "challenger", "3")
mv = client.get_model_version_by_alias("my-model", "champion")
print(mv.version, mv.aliases)
print(client.get_registered_model("my-model").aliases)
print(client.get_model_version("my-model", 3).aliases)
