# MLflow 3.x ModelInfo: model_uri models:/<model_id>, model_id m-<32 hex>, run_id, name
import mlflow
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(None, name="model")
print(info.model_uri == f"models:/{info.model_id}")
print(info.model_id.startswith("m-"), len(info.model_id))
print(info.run_id == run.info.run_id, info.name, info.registered_model_version)
print(type(info).__name__)
