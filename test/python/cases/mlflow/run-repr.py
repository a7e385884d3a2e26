# mlflow/entities/_mlflow_object.py: ActiveRun has no properties of its own, so it prints as
# `<ActiveRun: >`; get_run returns a Run whose repr lists data, info, inputs and outputs
import mlflow
with mlflow.start_run(run_name="repr-demo") as run:
    mlflow.log_param("alpha", 0.5)
    print(run)
print(mlflow.get_run(run.info.run_id).data)
print(mlflow.get_run(run.info.run_id).info.run_name, mlflow.get_run(run.info.run_id).info.lifecycle_stage)
# known-difference: MLflow tags a script's run with mlflow.source.name and mlflow.source.type (and the git commit); the simulator does not
