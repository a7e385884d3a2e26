# Recorded from scikit-learn 1.2.1. lbfgs stops at tol=1e-4 where the simulator solves exactly,
# so coefficients are compared to 3 decimals; labels and rounded probabilities agree.
from sklearn.linear_model import LogisticRegression

X = [[0.5, 1.0], [1.0, 0.5], [1.5, 2.0], [3.0, 3.5], [3.5, 3.0], [4.0, 4.5]]
y = [0, 0, 0, 1, 1, 1]
clf = LogisticRegression().fit(X, y)
print(clf)
print([[round(float(v), 3) for v in row] for row in clf.coef_], [round(float(v), 3) for v in clf.intercept_])
print([int(c) for c in clf.classes_])
print([int(p) for p in clf.predict([[1.0, 1.0], [4.0, 4.0], [2.2, 2.4]])])
print([[round(float(p), 3) for p in row] for row in clf.predict_proba([[1.0, 1.0], [4.0, 4.0]])])
print(round(clf.score(X, y), 6))
words = LogisticRegression(C=0.5).fit(X, ["no", "no", "no", "yes", "yes", "yes"])
print(words, [str(c) for c in words.classes_], [str(p) for p in words.predict([[0.0, 0.0], [5.0, 5.0]])])
print(LogisticRegression(max_iter=1000, C=1))
