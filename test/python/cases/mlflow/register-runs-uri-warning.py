# facts §2.6 (a runs:/ URI resolves to the LoggedModel with a WARNING line)
import mlflow
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(None, name="clf")
mv = mlflow.register_model(f"runs:/{run.info.run_id}/clf", "classifier")
print(mv.source == info.model_uri, mv.run_id == run.info.run_id, mv.model_id)
