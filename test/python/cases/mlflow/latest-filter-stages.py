# scenario: model-stages
# facts §2.4 (highest version within each requested stage; names case-insensitive)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Staging")
client.transition_model_version_stage("my-model", 2, "Staging")
print([v.version for v in client.get_latest_versions("my-model", stages=["staging"])])
print(client.get_latest_versions("my-model", stages=["Production"]))
print(type(client.get_latest_versions("my-model")).__name__)
