# facts §2.2 (prompt check), §2.3 step 2 (missing model beats invalid stage)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.transition_model_version_stage("ghost", 1, "Prod")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
