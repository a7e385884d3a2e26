// `mlflow.exceptions.MlflowException` (mlflow/exceptions.py): `e.error_code` holds the code's
// *name* (`"RESOURCE_DOES_NOT_EXIST"`), `e.message == str(e)`, and an uncaught one ends a
// traceback with `mlflow.exceptions.MlflowException: <message>` (facts §3).
import { nativeClass } from '../native.ts';
import { Exception } from '../classes.ts';
import { newException } from '../errors.ts';
import { PyException, PyRaise } from '../values.ts';
import type { PyObject, PyValue } from '../values.ts';
import type { MlflowError } from '../../registry/types.ts';

/** `ERROR_CODE_TO_HTTP_STATUS` in mlflow/exceptions.py (facts §3). */
const HTTP_STATUS: Record<string, bigint> = {
  RESOURCE_DOES_NOT_EXIST: 404n,
  RESOURCE_ALREADY_EXISTS: 400n,
  INVALID_PARAMETER_VALUE: 400n,
  INTERNAL_ERROR: 500n,
  INVALID_STATE: 500n,
};

/**
 * The numeric proto codes a learner could pass (`from mlflow.protos.databricks_pb2 import ...`);
 * MlflowException turns them into names with `ErrorCode.Name`. Anything else, a plain string
 * included, falls back to INTERNAL_ERROR as `ErrorCode.Name` raising does in MLflow.
 */
export const ERROR_CODE_NUMBERS: Record<string, bigint> = {
  INTERNAL_ERROR: 1n,
  INVALID_PARAMETER_VALUE: 1000n,
  RESOURCE_ALREADY_EXISTS: 3001n,
  RESOURCE_DOES_NOT_EXIST: 3002n,
  INVALID_STATE: 1003n,
};

function codeName(code: PyValue): string {
  if (typeof code === 'bigint') {
    for (const [name, n] of Object.entries(ERROR_CODE_NUMBERS)) if (n === code) return name;
  }
  return 'INTERNAL_ERROR';
}

function init(self: PyObject, message: PyValue, code: string, str: (v: PyValue) => string): void {
  const text = typeof message === 'string' ? message : str(message);
  if (self instanceof PyException) self.args = [text];
  self.attrs.set('message', text);
  self.attrs.set('error_code', code);
}

export const MlflowException = nativeClass({
  name: 'MlflowException',
  module: 'mlflow.exceptions',
  bases: [Exception],
  methods: {
    __init__: {
      sig: "self, message, error_code=1, **kwargs",
      impl: (a, ctx) => {
        init(a.self as PyObject, a.message ?? null, codeName(a.error_code ?? null), (v) => ctx.str(v));
        return null;
      },
    },
    // A classmethod MLflow's own code raises with (`MlflowException.invalid_parameter_value(msg)`).
    invalid_parameter_value: {
      kind: 'static',
      sig: 'message, **kwargs',
      impl: (a, ctx) => {
        const m = a.message ?? null;
        return exceptionFor({ kind: 'mlflow', message: typeof m === 'string' ? m : ctx.str(m), errorCode: 'INVALID_PARAMETER_VALUE' });
      },
    },
    get_http_status_code: {
      sig: 'self',
      impl: (a) => HTTP_STATUS[String((a.self as PyObject).attrs.get('error_code'))] ?? 500n,
    },
  },
});

/** The Python exception for a registry error, ready to `throw new PyRaise(...)`. */
export function exceptionFor(err: MlflowError): PyException {
  return newException(MlflowException, [err.message], { error_code: err.errorCode, message: err.message });
}

/** Raise a registry error as `mlflow.exceptions.MlflowException`. */
export function raiseMlflow(err: MlflowError): never {
  throw new PyRaise(exceptionFor(err));
}

/**
 * `mlflow.exceptions.RestException`: what a tracking server's errors become on the client
 * (`"{error_code}: {message}"`, facts §3). The simulated stores are local, so MLflow itself never
 * raises it here; it exists so `except RestException` and imports work as in MLflow.
 */
export const RestException = nativeClass({ name: 'RestException', module: 'mlflow.exceptions', bases: [MlflowException] });
