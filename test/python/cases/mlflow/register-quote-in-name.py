# facts §2.6 (3.x uses {name!r} in the "already exists" line)
import mlflow
with mlflow.start_run():
    info = mlflow.pyfunc.log_model(name="m", python_model=None)
mlflow.register_model(info.model_uri, "bob's model")
mlflow.register_model(info.model_uri, "bob's model")
