# MLflow tracking: params are strings, metrics floats; run.data is the snapshot at start
import mlflow
with mlflow.start_run() as run:
    mlflow.log_param("lr", 0.01)
    mlflow.log_params({"epochs": 5, "optimizer": "adam"})
    mlflow.log_metric("accuracy", 1)
    mlflow.log_metrics({"loss": 0.25, "f1": 0.5})
    mlflow.set_tag("team", "risk")
    mlflow.set_tags({"stage": "dev"})
    print(run.data.params)
data = mlflow.get_run(run.info.run_id).data
print(data.params)
print(data.metrics)
print({k: v for k, v in data.tags.items() if not k.startswith("mlflow.")})
