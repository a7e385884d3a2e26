# Recorded from scikit-learn 1.2.1: the iris data ships whole; three classes fit a multinomial model.
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

iris = load_iris()
print(type(iris).__name__, list(iris.keys()))
print(len(iris.data), len(iris.target), [float(v) for v in iris.data[100]], int(iris.target[100]))
print(list(iris.feature_names), [str(n) for n in iris.target_names])
X, y = load_iris(return_X_y=True)
print(len(X), sum(int(t) for t in y))
model = LogisticRegression(max_iter=1000).fit(X, y)
print([[round(float(v), 2) for v in row] for row in model.coef_])
print([round(float(v), 2) for v in model.intercept_])
rows = [X[0], X[60], X[120], [6.0, 2.9, 4.5, 1.5]]
print([int(p) for p in model.predict(rows)])
print([[round(float(p), 3) for p in r] for r in model.predict_proba(rows)])
print(round(model.score(X, y), 6))
