# scenario: model-stages
# facts §4 (stacklevel=2: the warning points at the line that called the method)
from mlflow import MlflowClient
client = MlflowClient()

def promote(version):
    return client.transition_model_version_stage("my-model", version, "Staging")

promote(1)
promote(2)
print([v.current_stage for v in client.get_latest_versions("my-model", stages=["Staging"])])
