# scenario: model-stages
# facts §4 (FutureWarning shown once per call site by Python's default filter)
from mlflow import MlflowClient
client = MlflowClient()
for stage in ["Staging", "Production", "Archived"]:
    client.transition_model_version_stage("my-model", 1, stage)
client.transition_model_version_stage("my-model", 2, "Staging")
client.transition_model_version_stage("my-model", 3, "Staging")
print(client.get_model_version("my-model", 1).current_stage)
