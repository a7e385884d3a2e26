# scenario: model-stages
# facts §2.3 (without archiving, any number of versions may share a stage; no state machine)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Production")
client.transition_model_version_stage("my-model", 2, "Production")
client.transition_model_version_stage("my-model", 3, "Archived")
client.transition_model_version_stage("my-model", 3, "Staging")
client.transition_model_version_stage("my-model", 3, "Staging")
print([client.get_model_version("my-model", v).current_stage for v in (1, 2, 3)])
