# facts §2.6 (log_model(registered_model_name=) prints the same lines; registers models:/<id>, no runs warning)
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(None, name="model", registered_model_name="iris")
    info2 = mlflow.sklearn.log_model(None, name="model", registered_model_name="iris")
print(info.registered_model_version, info2.registered_model_version)
mv = mlflow.MlflowClient().get_model_version("iris", 2)
print(mv.source == info2.model_uri)
