# MLflow: starting a run while one is active raises
import mlflow
from mlflow.exceptions import MlflowException
mlflow.start_run()
try:
    mlflow.start_run()
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
mlflow.end_run()
