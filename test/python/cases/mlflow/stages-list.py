# scenario: model-stages
# facts §1 (get_model_version_stages returns the four stage names; deprecated)
from mlflow import MlflowClient
client = MlflowClient()
print(client.get_model_version_stages("my-model", 1))
