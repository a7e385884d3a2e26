# MLflow 3.x: the second positional parameter is artifact_path, so it warns too
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(None, "model")
print(info.name)
