# Recorded from the oracle (MLflow 3.6.1.dev0): the registry URI follows the tracking URI until set.
import mlflow

print(mlflow.get_registry_uri() == mlflow.get_tracking_uri())
mlflow.set_tracking_uri("http://localhost:5000")
print(mlflow.get_registry_uri())
mlflow.set_tracking_uri("databricks")
print(mlflow.get_registry_uri())
mlflow.set_tracking_uri("databricks://dev-profile")
print(mlflow.get_registry_uri())
mlflow.set_registry_uri("sqlite:///registry.db")
print(mlflow.get_registry_uri(), mlflow.get_tracking_uri())
mlflow.set_registry_uri("")
print(mlflow.get_registry_uri())
print(mlflow.set_registry_uri("http://registry.example.com:5000"), mlflow.get_registry_uri())
# cannot-match: record:real's harness sets MLFLOW_REGISTRY_URI, which wins over the tracking URI; recorded with /work/shared/oracle/run.sh, where it is unset as on a user's machine
