# mlflow/exceptions.py: serialize_as_json is json.dumps of error_code, message and the extra
# keyword arguments (json_kwargs); databricks_pb2.ErrorCode.Name/Value map proto numbers and names.
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import RESOURCE_DOES_NOT_EXIST, NOT_FOUND, ErrorCode
client = MlflowClient()
try:
    client.get_registered_model("x")
except MlflowException as e:
    print(e.error_code == ErrorCode.Name(RESOURCE_DOES_NOT_EXIST))
    print(e.serialize_as_json())
    print(e.json_kwargs)
e = MlflowException("bad", error_code=NOT_FOUND, stack_trace="t")
print(e.error_code, e.get_http_status_code(), e.json_kwargs)
print(e.serialize_as_json())
print(ErrorCode.Value("INVALID_PARAMETER_VALUE"))
try:
    ErrorCode.Name(42)
except ValueError as err:
    print(err)
