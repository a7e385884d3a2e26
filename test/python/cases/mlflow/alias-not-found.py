# scenario: model-stages
# facts §2.5, §10 #6 (unknown alias: INVALID_PARAMETER_VALUE; deleting a missing alias is a no-op)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.get_model_version_by_alias("my-model", "champion")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
print(client.delete_registered_model_alias("my-model", "champion"))
try:
    client.delete_registered_model_alias("ghost", "champion")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.set_registered_model_alias("my-model", "champion", 42)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
