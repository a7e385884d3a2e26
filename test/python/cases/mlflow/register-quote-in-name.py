# facts §2.6 (3.x uses {name!r} in the "already exists" line)
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(None, name="m")
mlflow.register_model(info.model_uri, "bob's model")
mlflow.register_model(info.model_uri, "bob's model")
