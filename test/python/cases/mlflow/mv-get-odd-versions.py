# scenario: model-stages
# facts §2.2: _validate_model_version only calls int(version); a value int() accepts but no row
# matches is echoed as the learner passed it, every digit (never 1e+30), Unicode digits included.
from mlflow import MlflowClient
client = MlflowClient()
for v in [10**30, "٣", -1, "1.5"]:
    try:
        client.get_model_version("my-model", v)
    except Exception as e:
        print(type(e).__name__, e.error_code, e)
