// How MLflow 3.x logs a fitted scikit-learn model, for the simulated sklearn's estimators:
// the MLmodel flavors (mlflow/sklearn/__init__.py save_model: `pyfunc.add_to_model(...)` then
// `mlflow_model.add_flavor(FLAVOR_NAME, pickled_model=..., sklearn_version=...,
// serialization_format=..., code=...)`) and the signature messages Model.log prints
// (mlflow/models/model.py, mlflow/models/signature.py). Recorded from the oracle (MLflow 3.6.1.dev0,
// scikit-learn 1.2.1): see test/python/cases/mlflow/sklearn-*.py.
import type { NativeContext } from '../native.ts';
import { pyDict } from '../dict.ts';
import { PyList, PyTuple } from '../values.ts';
import type { PyDict, PyValue } from '../values.ts';
import { logLine } from './warnings.ts';

/** The Python version the simulator reports (stdlib/sys.ts), as MLmodel records it. */
const PYTHON_VERSION = '3.11.7';

/** `ModelInfo.flavors` of a fitted sklearn model: python_function first, then sklearn. */
export function sklearnFlavors(): PyDict {
  return pyDict([
    [
      'python_function',
      pyDict([
        ['model_path', 'model.pkl'],
        ['predict_fn', 'predict'],
        ['loader_module', 'mlflow.sklearn'],
        ['python_version', PYTHON_VERSION],
        [
          'env',
          pyDict([
            ['conda', 'conda.yaml'],
            ['virtualenv', 'python_env.yaml'],
          ]),
        ],
      ]),
    ],
    [
      'sklearn',
      pyDict([
        ['pickled_model', 'model.pkl'],
        ['sklearn_version', '1.2.1'],
        ['serialization_format', 'cloudpickle'],
        ['code', null],
      ]),
    ],
  ]);
}

const isRow = (v: PyValue): boolean => v instanceof PyList || v instanceof PyTuple;

/**
 * Model.log's signature messages when no `signature=` is given. Without an input example MLflow
 * logs `_LOG_MODEL_MISSING_INPUT_EXAMPLE_WARNING` (in red: the simulator's terminal has no
 * colours, so the escape codes are left out). A list of rows as input example makes
 * `_infer_signature_from_input_example` fail: the example is schema'd as one array column and
 * enforcing that schema on the rows' floats raises, which MLflow logs and carries on without a
 * signature (the example itself is still saved, so no second warning).
 */
export function warnAboutSignature(ctx: NativeContext, signature: PyValue, inputExample: PyValue): void {
  if (signature !== null) return;
  if (inputExample === null) {
    logLine(
      ctx,
      'WARNING',
      'mlflow.models.model',
      'Model logged without a signature and input example. Please set `input_example` parameter when logging the model to auto infer the model signature.',
    );
    return;
  }
  const rows = inputExample instanceof PyList || inputExample instanceof PyTuple ? inputExample.items : null;
  if (rows !== null && rows.length > 0 && rows.every(isRow)) {
    logLine(
      ctx,
      'WARNING',
      'mlflow.models.signature',
      `Failed to infer the model signature from the input example. Reason: MlflowException("Failed to enforce schema of data '${ctx.repr(inputExample)}' with schema '[Array(double) (required)]'. Error: Expected data to be list or numpy array, got float"). To see the full traceback, set the logging level to DEBUG via \`logging.getLogger("mlflow").setLevel(logging.DEBUG)\`.`,
    );
  }
}
