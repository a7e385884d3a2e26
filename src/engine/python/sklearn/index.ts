// A small simulated scikit-learn (1.2, the oracle's version): `sklearn.linear_model`'s
// LinearRegression and LogisticRegression, `sklearn.datasets.load_iris` and `sklearn.exceptions`.
// Arrays are Python lists here (no numpy): `coef_`, `predict(...)` and `load_iris().data` are lists
// of floats, so they print as `[1.3055555555555556, 0.6055555555555556]` where sklearn prints
// `[1.30555556 0.60555556]`. The fitted numbers come from src/engine/estimators.ts, which the
// simulated `mlflow.sklearn.log_model` stores with the LoggedModel so that serving answers alike.
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeClass, nativeFunction, newObject } from '../native.ts';
import { AttributeError, KeyError, NotImplementedError, TypeError, ValueError } from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { floatRepr } from '../../python-text/repr.ts';
import { pyDict } from '../dict.ts';
import { PyList, PyObject, PyTuple } from '../values.ts';
import type { PyValue } from '../values.ts';
import {
  featureCount,
  fitLinear,
  fitLogistic,
  predictEstimator,
  probabilities,
  pythonLabel,
  type FittedEstimator,
  type Label,
} from '../../estimators.ts';
import { IRIS_DATA, IRIS_TARGET } from './iris-data.ts';

/** `sklearn.exceptions.NotFittedError(ValueError, AttributeError)`. */
export const NotFittedError = nativeClass({
  name: 'NotFittedError',
  module: 'sklearn.exceptions',
  bases: [ValueError, AttributeError],
});

interface EstimatorData {
  readonly kind: FittedEstimator['kind'];
  /** Constructor parameters in sklearn's order, with their defaults (for repr and get_params). */
  readonly params: [string, PyValue][];
  readonly defaults: ReadonlyMap<string, PyValue>;
  fitted: FittedEstimator | null;
}

/** A fitted estimator behind a Python value, if it is one of ours (mlflow.sklearn reads it). */
export function fittedEstimatorOf(v: PyValue): FittedEstimator | null {
  if (!(v instanceof PyObject) || (v.cls !== LinearRegression && v.cls !== LogisticRegression)) return null;
  return (v.payload as EstimatorData).fitted;
}

const data = (self: PyValue | undefined): EstimatorData => (self as PyObject).payload as EstimatorData;

/** numpy's short repr of a 1-D float array, as sklearn's messages quote it: `[1. 2. 3.]`. */
function numpyRow(xs: readonly number[]): string {
  return `[${xs.map((x) => (Number.isInteger(x) ? `${x}.` : floatRepr(x))).join(' ')}]`;
}

function number(ctx: NativeContext, v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyError(ValueError, `could not convert ${typeName(v)} to float: ${ctx.repr(v)}`);
}

const items = (v: PyValue): readonly PyValue[] | null => (v instanceof PyList || v instanceof PyTuple ? v.items : null);

/** X as rows of floats (sklearn's check_array: 2-D required). */
function matrix(ctx: NativeContext, x: PyValue): number[][] {
  const rows = items(x);
  if (rows === null) throw pyError(ValueError, `Expected 2D array, got scalar array instead:\narray=${ctx.repr(x)}.`);
  if (rows.length > 0 && rows.every((r) => items(r) === null)) {
    throw pyError(
      ValueError,
      `Expected 2D array, got 1D array instead:\narray=${numpyRow(rows.map((r) => number(ctx, r)))}.\n` +
        'Reshape your data either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a single sample.',
    );
  }
  const out = rows.map((r) => (items(r) ?? [r]).map((v) => number(ctx, v)));
  if (out.length === 0)
    throw pyError(ValueError, 'Found array with 0 sample(s) (shape=(0, 0)) while a minimum of 1 is required.');
  if (out.some((r) => r.length !== out[0]!.length))
    throw pyError(
      ValueError,
      'setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.',
    );
  return out;
}

function labels(ctx: NativeContext, y: PyValue): readonly PyValue[] {
  const out = items(y);
  if (out === null) throw pyError(TypeError, `Expected sequence or array-like, got ${ctx.repr(typeName(y))}`);
  return out;
}

function checkFitted(self: PyValue | undefined, cls: string): FittedEstimator {
  const fitted = data(self).fitted;
  if (fitted === null) {
    throw pyError(
      NotFittedError,
      `This ${cls} instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.`,
    );
  }
  return fitted;
}

function checkFeatures(x: number[][], est: FittedEstimator, cls: string): void {
  const want = featureCount(est);
  if (x[0]!.length !== want)
    throw pyError(ValueError, `X has ${x[0]!.length} features, but ${cls} is expecting ${want} features as input.`);
}

function checkSamples(x: readonly unknown[], y: readonly unknown[]): void {
  if (x.length !== y.length)
    throw pyError(ValueError, `Found input variables with inconsistent numbers of samples: [${x.length}, ${y.length}]`);
}

/** sklearn's repr: only the parameters whose repr differs from the default's (BaseEstimator.__repr__). */
function estimatorRepr(self: PyValue | undefined, cls: string, ctx: NativeContext): string {
  const d = data(self);
  const changed = d.params.filter(([k, v]) => ctx.repr(v) !== ctx.repr(d.defaults.get(k) ?? null));
  return `${cls}(${changed.map(([k, v]) => `${k}=${ctx.repr(v)}`).join(', ')})`;
}

function defaultsOf(pairs: [string, PyValue][]): ReadonlyMap<string, PyValue> {
  return new Map(pairs);
}

const LINEAR_DEFAULTS: [string, PyValue][] = [
  ['copy_X', true],
  ['fit_intercept', true],
  ['n_jobs', null],
  ['positive', false],
];

const LOGISTIC_DEFAULTS: [string, PyValue][] = [
  ['C', 1.0],
  ['class_weight', null],
  ['dual', false],
  ['fit_intercept', true],
  ['intercept_scaling', 1n],
  ['l1_ratio', null],
  ['max_iter', 100n],
  ['multi_class', 'auto'],
  ['n_jobs', null],
  ['penalty', 'l2'],
  ['random_state', null],
  ['solver', 'lbfgs'],
  ['tol', 0.0001],
  ['verbose', 0n],
  ['warm_start', false],
];

function init(kind: FittedEstimator['kind'], defaults: [string, PyValue][]) {
  return (a: Record<string, PyValue>) => {
    const params = defaults.map(([k]) => [k, a[k] ?? null] as [string, PyValue]);
    const self = a.self as PyObject;
    self.payload = { kind, params, defaults: defaultsOf(defaults), fitted: null } satisfies EstimatorData;
    return null;
  };
}

const param = (self: PyValue | undefined, name: string): PyValue =>
  data(self).params.find(([k]) => k === name)?.[1] ?? null;

function fittedAttribute(cls: string, name: string, get: (est: FittedEstimator) => PyValue) {
  return {
    get: (self: PyObject) => {
      const est = data(self).fitted;
      if (est === null) throw pyError(AttributeError, `'${cls}' object has no attribute '${name}'`);
      return get(est);
    },
  };
}

const getParams = {
  sig: 'self, deep=True',
  impl: (a: Record<string, PyValue>) => pyDict(data(a.self).params.map(([k, v]) => [k, v])),
};

export const LinearRegression = nativeClass({
  name: 'LinearRegression',
  module: 'sklearn.linear_model._base',
  methods: {
    __init__: {
      sig: 'self, *, fit_intercept=True, copy_X=True, n_jobs=None, positive=False',
      impl: init('LinearRegression', LINEAR_DEFAULTS),
    },
    fit: {
      sig: 'self, X, y, sample_weight=None',
      impl: (a, ctx) => {
        const x = matrix(ctx, a.X!);
        const y = labels(ctx, a.y!).map((v) => number(ctx, v));
        checkSamples(x, y);
        data(a.self).fitted = fitLinear(x, y, param(a.self, 'fit_intercept') !== false);
        return a.self!;
      },
    },
    predict: {
      sig: 'self, X',
      impl: (a, ctx) => {
        const est = checkFitted(a.self, 'LinearRegression');
        const x = matrix(ctx, a.X!);
        checkFeatures(x, est, 'LinearRegression');
        return new PyList(predictEstimator(est, x).map((l) => pythonLabel(est, l)));
      },
    },
    score: {
      sig: 'self, X, y, sample_weight=None',
      impl: (a, ctx) => {
        // R^2 (sklearn.metrics.r2_score): 1 - SS_res / SS_tot.
        const est = checkFitted(a.self, 'LinearRegression');
        const x = matrix(ctx, a.X!);
        const y = labels(ctx, a.y!).map((v) => number(ctx, v));
        checkSamples(x, y);
        const pred = predictEstimator(est, x) as number[];
        const mean = y.reduce((s, v) => s + v, 0) / y.length;
        const res = y.reduce((s, v, i) => s + (v - pred[i]!) ** 2, 0);
        const tot = y.reduce((s, v) => s + (v - mean) ** 2, 0);
        return tot === 0 ? (res === 0 ? 1.0 : 0.0) : 1 - res / tot;
      },
    },
    get_params: getParams,
    __repr__: { sig: 'self', impl: (a, ctx) => estimatorRepr(a.self, 'LinearRegression', ctx) },
  },
  properties: {
    coef_: fittedAttribute('LinearRegression', 'coef_', (e) => new PyList([...(e.coef as number[])])),
    intercept_: fittedAttribute('LinearRegression', 'intercept_', (e) => e.intercept as number),
    n_features_in_: fittedAttribute('LinearRegression', 'n_features_in_', (e) => BigInt(featureCount(e))),
  },
});

/** Classification targets (sklearn's type_of_target): integers or strings; non-integral floats are 'continuous'. */
function classLabels(ctx: NativeContext, y: readonly PyValue[]): Label[] {
  return y.map((v) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'boolean') return Number(v);
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'number') throw pyError(ValueError, "Unknown label type: 'continuous'");
    throw pyError(ValueError, `Unknown label type: ${ctx.repr(typeName(v))}`);
  });
}

function sortedClasses(ys: Label[]): Label[] {
  const unique: Label[] = [];
  for (const l of ys) if (!unique.some((u) => u === l)) unique.push(l);
  return unique.sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
}

const logisticOf = (self: PyValue | undefined) =>
  checkFitted(self, 'LogisticRegression') as Extract<FittedEstimator, { kind: 'LogisticRegression' }>;

export const LogisticRegression = nativeClass({
  name: 'LogisticRegression',
  module: 'sklearn.linear_model._logistic',
  methods: {
    __init__: {
      sig:
        "self, penalty='l2', *, dual=False, tol=0.0001, C=1.0, fit_intercept=True, intercept_scaling=1, " +
        "class_weight=None, random_state=None, solver='lbfgs', max_iter=100, multi_class='auto', verbose=0, " +
        'warm_start=False, n_jobs=None, l1_ratio=None',
      impl: init('LogisticRegression', LOGISTIC_DEFAULTS),
    },
    fit: {
      sig: 'self, X, y, sample_weight=None',
      impl: (a, ctx) => {
        for (const [name, only] of [
          ['penalty', 'l2'],
          ['solver', 'lbfgs'],
        ] as const) {
          const v = param(a.self, name);
          if (v !== only)
            throw pyError(
              NotImplementedError,
              `LogisticRegression(${name}=${ctx.repr(v)}) is not supported in this simulator`,
            );
        }
        const x = matrix(ctx, a.X!);
        const ys = classLabels(ctx, labels(ctx, a.y!));
        checkSamples(x, ys);
        const classes = sortedClasses(ys);
        const ints = labels(ctx, a.y!).every((v) => typeof v === 'bigint' || typeof v === 'boolean');
        if (classes.length < 2) {
          throw pyError(
            ValueError,
            `This solver needs samples of at least 2 classes in the data, but the data contains only one class: ${ctx.repr(ints && typeof classes[0] === 'number' ? BigInt(classes[0]) : classes[0]!)}`,
          );
        }
        const c = number(ctx, param(a.self, 'C'));
        data(a.self).fitted = fitLogistic(x, ys, classes, c, param(a.self, 'fit_intercept') !== false, ints);
        return a.self!;
      },
    },
    predict: {
      sig: 'self, X',
      impl: (a, ctx) => {
        const est = logisticOf(a.self);
        const x = matrix(ctx, a.X!);
        checkFeatures(x, est, 'LogisticRegression');
        return new PyList(predictEstimator(est, x).map((l) => pythonLabel(est, l)));
      },
    },
    predict_proba: {
      sig: 'self, X',
      impl: (a, ctx) => {
        const est = logisticOf(a.self);
        const x = matrix(ctx, a.X!);
        checkFeatures(x, est, 'LogisticRegression');
        return new PyList(x.map((row) => new PyList(probabilities(est, row))));
      },
    },
    score: {
      sig: 'self, X, y, sample_weight=None',
      impl: (a, ctx) => {
        // Mean accuracy (ClassifierMixin.score).
        const est = logisticOf(a.self);
        const x = matrix(ctx, a.X!);
        const ys = classLabels(ctx, labels(ctx, a.y!));
        checkSamples(x, ys);
        const pred = predictEstimator(est, x);
        return (
          pred.filter((p, i) => p === ys[i] || (typeof p !== 'string' && Number(p) === Number(ys[i]))).length /
          ys.length
        );
      },
    },
    get_params: getParams,
    __repr__: { sig: 'self', impl: (a, ctx) => estimatorRepr(a.self, 'LogisticRegression', ctx) },
  },
  properties: {
    coef_: fittedAttribute(
      'LogisticRegression',
      'coef_',
      (e) => new PyList((e.coef as number[][]).map((r) => new PyList([...r]))),
    ),
    intercept_: fittedAttribute('LogisticRegression', 'intercept_', (e) => new PyList([...(e.intercept as number[])])),
    classes_: fittedAttribute(
      'LogisticRegression',
      'classes_',
      (e) => new PyList(e.kind === 'LogisticRegression' ? e.classes.map((l) => pythonLabel(e, l)) : []),
    ),
    n_features_in_: fittedAttribute('LogisticRegression', 'n_features_in_', (e) => BigInt(featureCount(e))),
  },
});

const IRIS_FEATURES = ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'];
const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'];

/** `sklearn.utils.Bunch`: a dict whose keys are also attributes; here the keys load_iris fills. */
const Bunch = nativeClass({
  name: 'Bunch',
  module: 'sklearn.utils._bunch',
  methods: {
    keys: { sig: 'self', impl: (a) => new PyList([...bunch(a.self).keys()]) },
    __getitem__: {
      sig: 'self, key',
      impl: (a) => {
        const v = bunch(a.self).get(a.key as string);
        if (v === undefined) throw pyError(KeyError, a.key ?? null);
        return v;
      },
    },
    __contains__: { sig: 'self, key', impl: (a) => bunch(a.self).has(a.key as string) },
    __len__: { sig: 'self', impl: (a) => BigInt(bunch(a.self).size) },
  },
});

function bunch(self: PyValue | undefined): Map<string, PyValue> {
  return (self as PyObject).payload as Map<string, PyValue>;
}

const irisData = () => new PyList(IRIS_DATA.map((r) => new PyList([...r])));
const irisTarget = () => new PyList(IRIS_TARGET.map((t) => BigInt(t)));

const loadIris = nativeFunction('load_iris', '*, return_X_y=False, as_frame=False', (a) => {
  if (a.as_frame === true)
    throw pyError(NotImplementedError, 'load_iris(as_frame=True) is not supported in this simulator (no pandas)');
  if (a.return_X_y === true) return new PyTuple([irisData(), irisTarget()]);
  const fields = new Map<string, PyValue>([
    ['data', irisData()],
    ['target', irisTarget()],
    ['frame', null],
    ['target_names', new PyList([...IRIS_CLASSES])],
    ['DESCR', '.. _iris_dataset:\n\nIris plants dataset\n--------------------\n'],
    ['feature_names', new PyList([...IRIS_FEATURES])],
    ['filename', 'iris.csv'],
    ['data_module', 'sklearn.datasets.data'],
  ]);
  const obj = newObject(Bunch, fields);
  for (const [k, v] of fields) obj.attrs.set(k, v);
  return obj;
});

export const buildSklearn: ModuleBuilder = (m) => {
  m.dict.set('__version__', '1.2.1');
};
export const buildLinearModel: ModuleBuilder = (m) => {
  m.dict.set('LinearRegression', LinearRegression);
  m.dict.set('LogisticRegression', LogisticRegression);
};
export const buildDatasets: ModuleBuilder = (m) => {
  m.dict.set('load_iris', loadIris);
};
export const buildExceptions: ModuleBuilder = (m) => {
  m.dict.set('NotFittedError', NotFittedError);
};

/** The estimator `mlflow.sklearn.load_model` unpickles: default options, the fitted numbers. */
export function estimatorObject(est: FittedEstimator): PyObject {
  const cls = est.kind === 'LinearRegression' ? LinearRegression : LogisticRegression;
  const defaults = est.kind === 'LinearRegression' ? LINEAR_DEFAULTS : LOGISTIC_DEFAULTS;
  return newObject(cls, {
    kind: est.kind,
    params: defaults.map(([k, v]) => [k, v] as [string, PyValue]),
    defaults: defaultsOf(defaults),
    fitted: est,
  } satisfies EstimatorData);
}
