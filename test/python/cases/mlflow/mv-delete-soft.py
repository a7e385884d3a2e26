# scenario: model-stages
# facts §2.2 (soft delete: hidden from reads; numbers never reused)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
print(client.delete_model_version("my-model", 3))
try:
    client.get_model_version("my-model", 3)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.delete_model_version("my-model", 3)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
mv = client.create_model_version("my-model", "s3://models/my-model/4")
print(mv.version)
print(sorted(v.version for v in client.search_model_versions("name='my-model'")))
