# scenario: model-stages
# facts §2.5 (stage= warns twice: the stage parameter, then get_latest_versions inside MLflow)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
client.transition_model_version_stage("my-model", 2, "Staging")
client.set_model_version_tag("my-model", key="qa", value="passed", stage="staging")
print(client.get_model_version("my-model", 2).tags)
try:
    client.set_model_version_tag("my-model", key="qa", value="x", stage="Production")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
client.delete_model_version_tag("my-model", key="qa", stage="Staging")
print(client.get_model_version("my-model", 2).tags)
