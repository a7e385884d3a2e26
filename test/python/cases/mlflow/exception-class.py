# facts §3 (MlflowException: error_code name string, str(e) == e.message)
import mlflow
from mlflow.exceptions import MlflowException
try:
    mlflow.MlflowClient().get_registered_model("nope")
except mlflow.exceptions.MlflowException as e:
    print(str(e) == e.message, e.error_code, isinstance(e, Exception))
e = MlflowException("custom failure")
print(e.error_code, e.message)
try:
    raise MlflowException("boom")
except Exception as err:
    print(type(err).__name__, err)
