# scenario: model-stages
# facts §2.5 (version and stage: both or neither is an error)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.set_model_version_tag("my-model", 1, "k", "v", stage="Staging")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.set_model_version_tag("my-model", key="k", value="v")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.delete_model_version_tag("my-model", key="k")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
