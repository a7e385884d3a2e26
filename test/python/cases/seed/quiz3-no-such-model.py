from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage(
    name="my_model",
    version=2,
    stage="archived"
)
# facts §2.2 (prompt check: missing model fails first), §3 (traceback last line), §4 (warns even when the call fails)
