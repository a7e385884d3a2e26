# With a tracking server (RestStore), MLflow prints the run's links when it ends
# (mlflow/tracking/_tracking_service/client.py::_log_url) and the registry logs its wait for the
# new version (facts §2.6, REST store only)
import mlflow
mlflow.set_tracking_uri("http://localhost:5000")
with mlflow.start_run(run_name="server-demo") as run:
    info = mlflow.sklearn.log_model(None, name="model")
mv = mlflow.register_model(info.model_uri, "served-model")
mv = mlflow.register_model(info.model_uri, "served-model", await_registration_for=0)
print(mv.version)
# cannot-match: it needs an MLflow tracking server at http://localhost:5000, which the recording machine does not run
