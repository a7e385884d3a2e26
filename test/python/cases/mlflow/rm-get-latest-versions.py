# scenario: model-stages
# facts §2.4 (RegisteredModel.latest_versions: one per stage, all four stages)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 2, "Staging")
rm = client.get_registered_model("my-model")
print(sorted((mv.current_stage, mv.version) for mv in rm.latest_versions))
print(type(rm).__name__, rm.name)
