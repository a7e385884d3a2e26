# facts §2.6 (a runs:/ URI with no model at that path)
import mlflow
from mlflow.exceptions import MlflowException
with mlflow.start_run() as run:
    mlflow.sklearn.log_model(None, name="model")
try:
    mlflow.register_model(f"runs:/{run.info.run_id}/other", "x")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
