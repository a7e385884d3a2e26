# scenario: model-stages
# facts §5 (every models:/ form: version, stage, latest, alias, LoggedModel id; runs:/)
import mlflow
client = mlflow.MlflowClient()
client.transition_model_version_stage("my-model", 2, "Production")
client.set_registered_model_alias("my-model", "champion", 3)
for uri in ["models:/my-model/1", "models:/my-model/production", "models:/my-model/latest", "models:/my-model@champion"]:
    model = mlflow.pyfunc.load_model(uri)
    print(uri, model.metadata.run_id == client.get_model_version("my-model", {"models:/my-model/1": 1, "models:/my-model/production": 2}.get(uri, 3)).run_id)
