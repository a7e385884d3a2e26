# Recorded from scikit-learn 1.2.1 (the oracle's python3). Arrays are lists in the simulator, so
# the numbers are printed through float() and round() to read the same in both.
from sklearn.linear_model import LinearRegression

X = [[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 5.0]]
y = [3.1, 3.9, 7.2, 7.8, 10.1]
model = LinearRegression()
print(model)
print(model.fit(X, y) is model)
print([round(float(c), 6) for c in model.coef_], round(float(model.intercept_), 6))
print([round(float(p), 6) for p in model.predict([[6.0, 6.0], [0.0, 0.0], [1, 2]])])
print(round(model.score(X, y), 6), model.n_features_in_)
print(LinearRegression(fit_intercept=False), LinearRegression(positive=False, n_jobs=2))
flat = LinearRegression(fit_intercept=False).fit([[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0])
print(round(float(flat.coef_[0]), 6), flat.intercept_)
print(sorted(LinearRegression().get_params().items()))
