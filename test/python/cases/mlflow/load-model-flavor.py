# scenario: model-stages
# mlflow.<flavor>.load_model returns the framework object that was logged (here a snippet's own
# class); facts §5 (the alias URI resolves through the registry)
import mlflow

class Threshold:
    def predict(self, rows):
        return [1 if sum(r) > 1 else 0 for r in rows]

with mlflow.start_run():
    info = mlflow.sklearn.log_model(Threshold(), name="model", registered_model_name="my-model")
mlflow.MlflowClient().set_registered_model_alias("my-model", "champion", info.registered_model_version)
model = mlflow.sklearn.load_model("models:/my-model@champion")
print(type(model).__name__, model.predict([[0.2, 0.3], [0.9, 0.8]]))
