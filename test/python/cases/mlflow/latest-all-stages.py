# scenario: model-stages
# facts §2.4 (stages=None and stages=[] mean all four stages, one version per stage), §10 #2
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Archived")
client.transition_model_version_stage("my-model", 2, "Production")
for stages in (None, []):
    print(sorted((v.current_stage, v.version) for v in client.get_latest_versions("my-model", stages)))
