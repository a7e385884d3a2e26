# scenario: model-stages
# facts §2.5 (aliases are independent of stages)
from mlflow import MlflowClient
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 1)
client.transition_model_version_stage("my-model", 1, "Archived")
mv = client.get_model_version_by_alias("my-model", "champion")
print(mv.version, mv.current_stage, mv.aliases)
