# Recorded from the oracle (MLflow 3.6.1.dev0, scikit-learn 1.2.1); timestamps replaced by <ts>.
# A fitted model logs both flavors; it predicts the same through pyfunc and mlflow.sklearn.
import mlflow
from sklearn.linear_model import LinearRegression, LogisticRegression

X = [[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 5.0]]
y = [3.1, 3.9, 7.2, 7.8, 10.1]
reg = LinearRegression().fit(X, y)
with mlflow.start_run():
    info = mlflow.sklearn.log_model(reg, name="model", registered_model_name="house-prices")
print(sorted(info.flavors))
print(info.flavors["python_function"]["loader_module"], info.flavors["python_function"]["predict_fn"])
print(sorted(info.flavors["sklearn"]), info.flavors["sklearn"]["pickled_model"])
print(info.signature, info.registered_model_version)
pyfunc_model = mlflow.pyfunc.load_model("models:/house-prices/1")
print([round(float(p), 6) for p in pyfunc_model.predict([[6.0, 6.0], [0.0, 0.0]])])
print(pyfunc_model.loader_module)
sk = mlflow.sklearn.load_model("models:/house-prices/1")
print(sk, [round(float(p), 6) for p in sk.predict([[6.0, 6.0]])])

clf = LogisticRegression().fit([[0.5, 1.0], [1.0, 0.5], [1.5, 2.0], [3.0, 3.5], [3.5, 3.0], [4.0, 4.5]], [0, 0, 0, 1, 1, 1])
with mlflow.start_run():
    info = mlflow.sklearn.log_model(clf, name="model", input_example=[[1.0, 1.0]])
print(info.signature)
labels = mlflow.pyfunc.load_model(info.model_uri).predict([[1.0, 1.0], [4.0, 4.0]])
print([int(v) for v in labels])
# cannot-match: the recording machine's Debian lz4 (4.0.2+dfsg) adds a requirements_utils WARNING whenever a fitted model is logged, which a pip install does not print; recorded with /work/shared/oracle/run.sh, that line left out
