# scenario: model-stages
# facts §2.5 (alias "latest" returns get_latest_versions(name)[0], not necessarily the max)
from mlflow import MlflowClient
client = MlflowClient()
print(client.get_model_version_by_alias("my-model", "latest").version)
