# MLflow 3.x Model.log: both name= and artifact_path= is INVALID_PARAMETER_VALUE
import mlflow
from mlflow.exceptions import MlflowException
try:
    mlflow.sklearn.log_model(None, artifact_path="a", name="b")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
