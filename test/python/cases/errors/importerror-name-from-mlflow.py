from mlflow import MlflowClent
