# scenario: model-stages
# facts §8 (RegisteredModel repr with latest_versions and aliases dict). The versions inside
# latest_versions come from SqlModelVersion.to_mlflow_entity(), which leaves aliases=[]
# (mlflow/store/model_registry/dbmodels/models.py); only the dict on the model has them.
from mlflow import MlflowClient
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 3)
client.delete_model_version("my-model", 1)
client.delete_model_version("my-model", 2)
print(client.get_registered_model("my-model"))
