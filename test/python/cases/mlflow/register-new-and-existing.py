# facts §2.6 (register_model lines on stderr: created, already exists, created version)
import mlflow
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(sk_model=None, name="model")
v1 = mlflow.register_model(info.model_uri, "churn")
v2 = mlflow.register_model(info.model_uri, "churn")
print(v1.version, v2.version, v2.source == info.model_uri, v2.run_id)
