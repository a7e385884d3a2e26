# Quiz 5: v1 in Production, v2 in Staging; then option B, unchanged.
# facts §2.3 (no state machine; any number of versions may share a stage), §4 (one FutureWarning per call site)
from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("model")
client.create_model_version("model", "s3://models/model/1")
client.create_model_version("model", "s3://models/model/2")
client.transition_model_version_stage("model", 1, "Production")
client.transition_model_version_stage("model", 2, "Staging")
client.transition_model_version_stage('model', 2, 'production')
client.transition_model_version_stage('model', 2, 'archived')
for mv in client.search_model_versions("name='model'", order_by=["version_number ASC"]):
    print(mv.version, mv.current_stage)
