# facts §2.1 (PagedList.token pages through results: base64 of {"offset": N}, None on the last page)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
for name in ["a-model", "b-model", "c-model"]:
    client.create_registered_model(name)
first = client.search_registered_models(max_results=2)
print([m.name for m in first], first.token)
second = client.search_registered_models(max_results=2, page_token=first.token)
print([m.name for m in second], second.token)
try:
    client.search_registered_models(page_token="not a token")
except MlflowException as e:
    print(e.error_code, e.message)
try:
    client.search_registered_models(max_results=5000)
except MlflowException as e:
    print(e.error_code, e.message)
# cannot-match: MLflow's page token is bytes (b'...'); the simulator has no bytes type
