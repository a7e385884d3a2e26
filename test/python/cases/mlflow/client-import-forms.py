# spec: mlflow.MlflowClient, mlflow.tracking.MlflowClient, from mlflow import MlflowClient
import mlflow
import mlflow.tracking
from mlflow import MlflowClient
from mlflow.tracking import MlflowClient as TrackingClient
print(mlflow.MlflowClient is MlflowClient, mlflow.tracking.MlflowClient is TrackingClient, MlflowClient is TrackingClient)
c = MlflowClient(tracking_uri="sqlite:///mlflow.db")
print(type(c).__name__)
