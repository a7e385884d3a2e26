# MLflow 3.x Model.log (mlflow/models/model.py): artifact_path= logs a deprecation WARNING
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(sk_model=None, artifact_path="model")
print(info.model_uri.startswith("models:/m-"), info.name)
