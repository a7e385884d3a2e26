import mlflow
import mlflow.sklearn

# Log a model and set its stage
with mlflow.start_run() as run:
    mlflow.log_param("param1", 5)
    mlflow.sklearn.log_model(sk_model=None, artifact_path="model")
    model_uri = f"runs:/{run.info.run_id}/model"

# Register the model
model_name = "my-model"
result = mlflow.register_model(model_uri, model_name)

# Transition model to staging
client = mlflow.tracking.MlflowClient()
client.transition_model_version_stage(name=model_name, version=result.version, stage="Staging")

print(f"Model version {result.version} is now in Staging stage.")
# facts §2.6 (register_model lines, runs:/ LoggedModel warning), §4 (FutureWarning), seed-errata #9 (artifact_path)
