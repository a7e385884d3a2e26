# scenario: model-stages
# facts §1, §3 (uncaught invalid stage: traceback ends in mlflow.exceptions.MlflowException)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Prod")
