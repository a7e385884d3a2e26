# scenario: model-stages
# facts §2.5 (current_stage is not filterable; unquoted string values)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.search_model_versions("current_stage='Production'")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.search_model_versions("name=my-model")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
# known-difference: MLflow prints the set of valid keys in Python's hash order, which changes with every process (PYTHONHASHSEED); the simulator keeps one order
