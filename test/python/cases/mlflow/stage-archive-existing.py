# scenario: model-stages
# facts §2.3 (archive_existing_versions archives only versions already in the target stage)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Production")
client.transition_model_version_stage("my-model", 2, "Staging")
mv = client.transition_model_version_stage("my-model", 3, "Production", archive_existing_versions=True)
for v in (1, 2, 3):
    print(v, client.get_model_version("my-model", v).current_stage)
a = client.get_model_version("my-model", 1)
print(a.last_updated_timestamp == mv.last_updated_timestamp)
