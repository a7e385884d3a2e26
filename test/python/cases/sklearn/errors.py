# Recorded from scikit-learn 1.2.1: the messages a learner meets first.
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LinearRegression, LogisticRegression

attempts = [
    lambda: LinearRegression().predict([[1.0]]),
    lambda: LinearRegression().fit([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]),
    lambda: LinearRegression().fit([[1.0], [2.0]], [1.0]),
    lambda: LinearRegression().fit([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0]], [1.0, 2.0, 3.0]).predict([[1.0]]),
    lambda: LogisticRegression().fit([[1.0], [2.0]], [1, 1]),
    lambda: LogisticRegression().fit([[1.0], [2.0]], [0.5, 1.5]),
    lambda: LogisticRegression().predict_proba([[1.0]]),
    lambda: LinearRegression().coef_,
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, isinstance(e, NotFittedError))
        print(" ", e)
