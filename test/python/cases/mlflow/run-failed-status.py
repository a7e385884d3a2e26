# mlflow/tracking/fluent.py::ActiveRun.__exit__: an exception in the block ends the run FAILED and
# propagates; nested=True allows a child run
import mlflow
try:
    with mlflow.start_run() as run:
        raise ValueError("training diverged")
except ValueError as e:
    print("caught:", e)
print(mlflow.get_run(run.info.run_id).info.status)
with mlflow.start_run() as parent:
    with mlflow.start_run(nested=True) as child:
        print(mlflow.active_run().info.run_id == child.info.run_id)
    print(mlflow.active_run().info.run_id == parent.info.run_id)
print(mlflow.get_run(child.info.run_id).info.status, mlflow.active_run())
