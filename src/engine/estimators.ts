// The fitted models of the simulated scikit-learn, as plain data. A fitted estimator is what
// `mlflow.sklearn.log_model` stores with its LoggedModel (the simulator's "model.pkl"), so every
// face that loads the model answers with the same numbers: `mlflow.pyfunc.load_model(...).predict`
// in the Python editor and `curl .../invocations` against `mlflow models serve`.
//
// The maths is scikit-learn 1.2's objective, solved exactly:
// - LinearRegression: ordinary least squares on centred data (sklearn/linear_model/_base.py
//   centres X and y, then solves with scipy's lstsq; the intercept is y_mean - x_mean . coef).
// - LogisticRegression: L2-penalised log loss, `0.5 * ||w||^2 + C * sum(loss_i)`, intercept not
//   penalised; binary with one coefficient row, three or more classes multinomial (softmax), as
//   lbfgs with multi_class='auto' does (sklearn/linear_model/_logistic.py). Solved here by Newton's
//   method to convergence, where lbfgs stops at tol=1e-4: coefficients agree with sklearn's to
//   about three decimals, predicted labels agree.

/** A class label as stored: numbers and strings only, so registry state stays plain JSON. */
export type Label = number | string;

export type FittedEstimator =
  | {
      readonly kind: 'LinearRegression';
      readonly coef: readonly number[];
      readonly intercept: number;
    }
  | {
      readonly kind: 'LogisticRegression';
      /** One row for two classes, one row per class for three or more (as sklearn's coef_). */
      readonly coef: readonly (readonly number[])[];
      readonly intercept: readonly number[];
      readonly classes: readonly Label[];
      /** The labels were Python ints (sklearn keeps their dtype: predict gives ints back). */
      readonly integerLabels: boolean;
    };

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Ordinary least squares. A rank-deficient X gets the tiniest ridge, where lstsq gives the minimum-norm solution. */
export function fitLinear(
  x: readonly (readonly number[])[],
  y: readonly number[],
  fitIntercept = true,
): FittedEstimator {
  const d = x[0]?.length ?? 0;
  const xMean = Array.from({ length: d }, (_, j) => (fitIntercept ? mean(x.map((r) => r[j]!)) : 0));
  const yMean = fitIntercept ? mean(y) : 0;
  const xc = x.map((r) => r.map((v, j) => v - xMean[j]!));
  const yc = y.map((v) => v - yMean);
  const gram = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => xc.reduce((s, r) => s + r[i]! * r[j]!, 0)),
  );
  const rhs = Array.from({ length: d }, (_, i) => xc.reduce((s, r, k) => s + r[i]! * yc[k]!, 0));
  const coef =
    solve(gram, rhs) ??
    solve(
      gram.map((row, i) => row.map((v, j) => v + (i === j ? 1e-9 : 0))),
      rhs,
    ) ??
    new Array<number>(d).fill(0);
  const intercept = fitIntercept ? yMean - xMean.reduce((s, m, j) => s + m * coef[j]!, 0) : 0;
  return { kind: 'LinearRegression', coef, intercept };
}

function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Row scores: one per coefficient row. */
function scores(est: { coef: readonly (readonly number[])[]; intercept: readonly number[] }, row: readonly number[]) {
  return est.coef.map((w, k) => w.reduce((s, v, j) => s + v * (row[j] ?? 0), est.intercept[k]!));
}

/**
 * L2 logistic regression by Newton's method. Parameters are laid out per class as
 * [w_1..w_d, b]; `targets[i][k]` is 1 when sample i has class k.
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly Label[],
  classes: readonly Label[],
  c = 1,
  fitIntercept = true,
  integerLabels = true,
): FittedEstimator {
  const d = x[0]?.length ?? 0;
  const k = classes.length === 2 ? 1 : classes.length;
  const p = d + 1;
  const theta = new Array<number>(k * p).fill(0);
  const index = (label: Label) => classes.findIndex((cl) => cl === label);
  const yi = y.map(index);
  const unpack = (t: readonly number[]) => ({
    coef: Array.from({ length: k }, (_, r) => t.slice(r * p, r * p + d)),
    intercept: Array.from({ length: k }, (_, r) => (fitIntercept ? t[r * p + d]! : 0)),
  });
  const loss = (t: readonly number[]): number => {
    const est = unpack(t);
    let total = 0;
    x.forEach((row, i) => {
      const z = scores(est, row);
      if (k === 1) {
        const s = yi[i] === 1 ? z[0]! : -z[0]!;
        total += s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s));
      } else {
        const top = Math.max(...z);
        total += top + Math.log(z.reduce((acc, v) => acc + Math.exp(v - top), 0)) - z[yi[i]!]!;
      }
    });
    let penalty = 0;
    for (let r = 0; r < k; r++) for (let j = 0; j < d; j++) penalty += t[r * p + j]! ** 2;
    return c * total + 0.5 * penalty;
  };
  for (let iter = 0; iter < 100; iter++) {
    const est = unpack(theta);
    const n = k * p;
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    x.forEach((row, i) => {
      const feat = [...row, fitIntercept ? 1 : 0];
      const z = scores(est, row);
      const prob = k === 1 ? [sigmoid(z[0]!)] : softmax(z);
      for (let a = 0; a < k; a++) {
        const target = k === 1 ? (yi[i] === 1 ? 1 : 0) : yi[i] === a ? 1 : 0;
        for (let u = 0; u < p; u++) grad[a * p + u]! += c * (prob[a]! - target) * feat[u]!;
        for (let b = 0; b < k; b++) {
          const w = k === 1 ? prob[0]! * (1 - prob[0]!) : prob[a]! * ((a === b ? 1 : 0) - prob[b]!);
          for (let u = 0; u < p; u++)
            for (let v = 0; v < p; v++) hess[a * p + u]![b * p + v]! += c * w * feat[u]! * feat[v]!;
        }
      }
    });
    for (let a = 0; a < k; a++) {
      for (let j = 0; j < d; j++) {
        grad[a * p + j]! += theta[a * p + j]!;
        hess[a * p + j]![a * p + j]! += 1;
      }
      // The intercepts are unpenalised; softmax is unchanged by a shift common to all of them, so
      // a vanishing ridge keeps the system solvable and the intercepts summing to zero, as lbfgs
      // started from zero keeps them.
      hess[a * p + d]![a * p + d]! += 1e-10;
    }
    if (Math.max(...grad.map(Math.abs)) < 1e-10) break;
    const step = solve(hess, grad);
    if (step === null) break;
    const before = loss(theta);
    let scale = 1;
    let next = theta.map((v, i) => v - step[i]!);
    while (loss(next) > before && scale > 1e-8) {
      scale /= 2;
      next = theta.map((v, i) => v - scale * step[i]!);
    }
    for (let i = 0; i < n; i++) theta[i] = next[i]!;
  }
  const est = unpack(theta);
  return { kind: 'LogisticRegression', coef: est.coef, intercept: est.intercept, classes: [...classes], integerLabels };
}

/** Class probabilities per row, in the order of `classes` (sklearn's predict_proba). */
export function probabilities(
  est: Extract<FittedEstimator, { kind: 'LogisticRegression' }>,
  row: readonly number[],
): number[] {
  const z = scores(est, row);
  if (est.coef.length === 1) {
    const pos = sigmoid(z[0]!);
    return [1 - pos, pos];
  }
  return softmax(z);
}

/** One prediction per row: a number for a regressor, a class label for a classifier. */
export function predictEstimator(est: FittedEstimator, rows: readonly (readonly number[])[]): Label[] {
  if (est.kind === 'LinearRegression')
    return rows.map((row) => est.coef.reduce((s, w, j) => s + w * (row[j] ?? 0), est.intercept));
  return rows.map((row) => {
    const prob = probabilities(est, row);
    let best = 0;
    for (let i = 1; i < prob.length; i++) if (prob[i]! > prob[best]!) best = i;
    return est.classes[best]!;
  });
}

/** How many features the estimator was fitted on (sklearn's n_features_in_). */
export function featureCount(est: FittedEstimator): number {
  return est.kind === 'LinearRegression' ? est.coef.length : (est.coef[0]?.length ?? 0);
}

/** A prediction as Python holds it: integer class labels are ints (bigint), everything else as is. */
export function pythonLabel(est: FittedEstimator, value: Label): number | string | bigint {
  return est.kind === 'LogisticRegression' && est.integerLabels && typeof value === 'number' ? BigInt(value) : value;
}
