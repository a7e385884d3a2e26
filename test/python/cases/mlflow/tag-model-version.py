# scenario: model-stages
# facts §2.5 (set/delete_model_version_tag by version)
from mlflow import MlflowClient
client = MlflowClient()
print(client.set_model_version_tag("my-model", 1, "validated", True))
client.set_model_version_tag(name="my-model", version="1", key="score", value=0.93)
print(client.get_model_version("my-model", 1).tags)
client.delete_model_version_tag("my-model", 1, "validated")
print(client.get_model_version("my-model", 1).tags)
