# scenario: model-stages
# facts §2.1 (get_model_version_download_uri returns a str)
from mlflow import MlflowClient
client = MlflowClient()
uri = client.get_model_version_download_uri("my-model", 1)
print(type(uri).__name__, uri == client.get_model_version("my-model", 1).source)
