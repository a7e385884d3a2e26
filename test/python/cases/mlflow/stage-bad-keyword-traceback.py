# scenario: model-stages
# CPython binding error, uncaught: the traceback ends in TypeError; facts §4 (warning first)
import mlflow
client = mlflow.tracking.MlflowClient()
client.transition_model_version_stage(name="my-model", version=1, stages="Staging")
