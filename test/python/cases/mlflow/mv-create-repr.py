# scenario: model-stages
# facts §8 (ModelVersion repr, 3.x order), §2.5 (new versions: stage 'None', READY, next number)
from mlflow import MlflowClient
client = MlflowClient()
mv = client.create_model_version("my-model", "s3://models/my-model/4", description="fourth")
print(repr(mv))
print(mv.version, type(mv.version).__name__, repr(mv.current_stage), mv.status)
