# scenario: model-stages
# facts §2.3 (returns the updated ModelVersion), §4 (FutureWarning on stderr, call's first line)
from mlflow import MlflowClient
client = MlflowClient()
mv = client.transition_model_version_stage(name="my-model", version=1, stage="Staging")
print(type(mv).__name__, mv.version, mv.current_stage)
print(client.get_model_version("my-model", 1).current_stage)
