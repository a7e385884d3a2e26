# facts §2.5 (tag values str()-ed), §8 (tags dict repr)
from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("m")
mv = client.create_model_version(name="m", source="s3://bucket/model", run_id=None, tags={"validated": True, "score": 0.9})
print(mv.tags)
print(mv.source, mv.run_id)
