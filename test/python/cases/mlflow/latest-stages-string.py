# scenario: model-stages
# facts §1 (a string for stages is iterated by character: 'P' is invalid)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.get_latest_versions("my-model", stages="Production")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.get_latest_versions("my-model", ["Prod"])
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
