# facts §3 (uncaught MlflowException raised by user code)
from mlflow.exceptions import MlflowException
raise MlflowException("Model is not ready")
