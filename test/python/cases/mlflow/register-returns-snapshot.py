# facts §2.6 (the returned ModelVersion is a snapshot: stage 'None', later changes not reflected)
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(None, name="model")
mv = mlflow.register_model(info.model_uri, "snap")
mlflow.MlflowClient().set_registered_model_alias("snap", "champion", mv.version)
print(mv.current_stage, mv.aliases, mv.version)
