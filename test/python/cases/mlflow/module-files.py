# module.__file__ is where pip installs MLflow, the same site-packages path the simulator's
# warnings and tracebacks print (ImportError's "cannot import name ... (<__file__>)" reads it).
import mlflow
import mlflow.tracking.client
import mlflow.exceptions
import mlflow.sklearn
import mlflow.entities.model_registry.model_version_stages as stages
print(mlflow.__file__)
print(mlflow.tracking.__file__)
print(mlflow.tracking.client.__file__)
print(mlflow.exceptions.__file__)
print(mlflow.sklearn.__file__)
print(stages.__file__)
