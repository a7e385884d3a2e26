# scenario: model-stages
# facts §2.1 (fluent search_model_versions: max_results comes first; returns a list)
import mlflow
print([mv.version for mv in mlflow.search_model_versions(filter_string="name='my-model'")])
print(len(mlflow.search_model_versions(2)))
print(type(mlflow.search_model_versions()).__name__)
print([m.name for m in mlflow.search_registered_models()])
print(len(mlflow.search_registered_models(max_results=1, filter_string="name='my-model'")))
