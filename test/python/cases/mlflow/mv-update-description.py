# scenario: model-stages
# facts §2.5 (update_model_version changes the description only; None is rejected)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
mv = client.update_model_version("my-model", 1, description="baseline")
print(mv.description, mv.current_stage)
try:
    client.update_model_version("my-model", 1)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.update_model_version("my-model", 1, description=None)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
