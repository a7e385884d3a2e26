# mlflow/tracking/fluent.py::start_run: a second run while one is active is a bare Exception
import mlflow
mlflow.start_run()
try:
    mlflow.start_run()
except Exception as e:
    print(type(e).__name__)
    print(e)
mlflow.end_run()
print(mlflow.active_run())
