# MLflow: log_param with no active run starts one
import mlflow
mlflow.log_param("alpha", 0.5)
run = mlflow.active_run()
print(run is not None, mlflow.get_run(run.info.run_id).data.params)
mlflow.end_run()
