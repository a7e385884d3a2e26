# scenario: model-stages
# facts §2.1 (get_model_version_download_uri returns a str: a LoggedModel source's artifact directory)
from mlflow import MlflowClient
client = MlflowClient()
uri = client.get_model_version_download_uri("my-model", 1)
print(type(uri).__name__, uri.endswith("/artifacts"), "/models/m-" in uri)
client.create_model_version("my-model", "s3://bucket/churn/4")
print(client.get_model_version_download_uri("my-model", 4))
