# Recorded from the oracle (MLflow 3.6.1.dev0): search_runs to find the best run, client and fluent.
# (mlflow.search_runs() without output_format returns a pandas DataFrame in MLflow; see the README.)
import mlflow
from mlflow import MlflowClient

for i, (alpha, rmse) in enumerate([(0.1, 0.9), (0.5, 0.4), (1.0, 0.6)]):
    with mlflow.start_run(run_name=f"try-{i}"):
        mlflow.log_param("alpha", alpha)
        mlflow.log_metric("rmse", rmse)
        mlflow.set_tag("team", "a" if i < 2 else "b")
with mlflow.start_run(run_name="no-metric"):
    pass
runs = mlflow.search_runs(output_format="list")
print(type(runs).__name__, [r.info.run_name for r in runs])
best = mlflow.search_runs(order_by=["metrics.rmse ASC"], max_results=1, output_format="list")[0]
print(best.info.run_name, best.data.metrics, best.data.params)
names = lambda rs: [r.info.run_name for r in rs]
print(names(mlflow.search_runs(order_by=["metrics.rmse DESC"], output_format="list")))
print(names(mlflow.search_runs(filter_string="metrics.rmse < 0.7", output_format="list")))
print(names(mlflow.search_runs(filter_string="params.alpha = '0.5'", output_format="list")))
print(names(mlflow.search_runs(filter_string="tags.team = 'a' and metrics.rmse > 0.5", output_format="list")))
print(names(mlflow.search_runs(filter_string="attributes.run_name = 'try-2'", output_format="list")))
print(names(mlflow.search_runs(filter_string="run_name LIKE 'try-%'", order_by=["params.alpha DESC"], output_format="list")))
print(names(mlflow.search_runs(filter_string="status = 'FINISHED' AND metrics.rmse >= 0.6", output_format="list")))
print(names(mlflow.search_runs(experiment_names=["Default"], filter_string="metrics.rmse <= 0.4", output_format="list")))
client = MlflowClient()
page = client.search_runs(experiment_ids=["0"], order_by=["metrics.rmse DESC"], max_results=2)
print(type(page).__name__, names(page), page.token is not None)
rest = client.search_runs(["0"], order_by=["metrics.rmse DESC"], max_results=2, page_token=page.token)
print(names(rest), rest.token is not None)  # a full page always carries a token (bytes in MLflow)
last = client.search_runs(["0"], max_results=3, page_token=client.search_runs(["0"], max_results=3).token)
print(names(last), last.token)
for bad in ["metrics.rmse <", "metrics.rmse ~ 1", "params.alpha > '0.1'", "metrics.rmse < 'a'"]:
    try:
        mlflow.search_runs(filter_string=bad, output_format="list")
    except Exception as e:
        # The allowed comparators are a Python set: their printed order varies per process.
        print(type(e).__name__, str(e).split(" not one of ")[0], e.error_code)
for order in [["metrics.rmse UP"]]:
    try:
        mlflow.search_runs(order_by=order, output_format="list")
    except Exception as e:
        print(type(e).__name__, str(e), e.error_code)
try:
    mlflow.search_runs(output_format="dict")
except Exception as e:
    print(type(e).__name__, e)
