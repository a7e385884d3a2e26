# scenario: model-stages
# facts §8 (repr uses pprint.pformat per property: long values wrap at width 80, dict keys sorted)
from mlflow import MlflowClient
client = MlflowClient()
for k in ["zeta", "alpha", "mid"]:
    client.set_model_version_tag("my-model", 1, k, "a fairly long tag value number " + k)
client.update_model_version("my-model", 1, description="A long description that does not fit on one line of eighty characters at all")
print(repr(client.get_model_version("my-model", 1)))
