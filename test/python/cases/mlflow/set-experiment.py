# mlflow/tracking/fluent.py::set_experiment: creates the experiment with an INFO line; runs go there
import mlflow
exp = mlflow.set_experiment("churn-experiments")
print(exp.name, exp.experiment_id)
with mlflow.start_run() as run:
    print(run.info.experiment_id)
print(mlflow.set_experiment("churn-experiments").experiment_id)
