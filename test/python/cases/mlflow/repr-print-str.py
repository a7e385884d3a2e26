# scenario: model-stages
# facts §8 (print() and str() show the same repr; version is an int)
from mlflow import MlflowClient
client = MlflowClient()
mv = client.get_model_version("my-model", 2)
print(str(mv) == repr(mv), f"{mv.version!r}", mv.version + 1)
