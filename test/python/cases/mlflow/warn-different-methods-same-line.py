# scenario: model-stages
# facts §4 (the warning registry keys on message and line: two methods on one line both warn)
from mlflow import MlflowClient
client = MlflowClient()
a = client.transition_model_version_stage("my-model", 1, "Staging"); b = client.get_latest_versions("my-model", ["Staging"])
print(a.version, [v.version for v in b])
