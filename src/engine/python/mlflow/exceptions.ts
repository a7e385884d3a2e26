// `mlflow.exceptions.MlflowException` (mlflow/exceptions.py): `e.error_code` holds the code's
// *name* (`"RESOURCE_DOES_NOT_EXIST"`), `e.message == str(e)`, and an uncaught one ends a
// traceback with `mlflow.exceptions.MlflowException: <message>` (facts §3).
import { nativeClass } from '../native.ts';
import { Exception, TypeError, ValueError } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { PyDict, PyException, PyRaise } from '../values.ts';
import { jsonDumps } from '../../python-text/json.ts';
import type { PyObject, PyValue } from '../values.ts';
import type { MlflowError } from '../../registry/types.ts';

/** `ERROR_CODE_TO_HTTP_STATUS` in mlflow/exceptions.py (facts §3). */
const HTTP_STATUS: Record<string, bigint> = {
  RESOURCE_DOES_NOT_EXIST: 404n,
  RESOURCE_ALREADY_EXISTS: 400n,
  INVALID_PARAMETER_VALUE: 400n,
  INTERNAL_ERROR: 500n,
  INVALID_STATE: 500n,
  BAD_REQUEST: 400n,
  NOT_FOUND: 404n,
  ENDPOINT_NOT_FOUND: 404n,
  ALREADY_EXISTS: 409n,
  PERMISSION_DENIED: 403n,
};

/**
 * The numeric proto codes a learner could pass (`from mlflow.protos.databricks_pb2 import ...`);
 * MlflowException turns them into names with `ErrorCode.Name`. Anything else, a plain string
 * included, falls back to INTERNAL_ERROR as `ErrorCode.Name` raising does in MLflow.
 */
export const ERROR_CODE_NUMBERS: Record<string, bigint> = {
  INTERNAL_ERROR: 1n,
  BAD_REQUEST: 4n,
  NOT_FOUND: 11n,
  ALREADY_EXISTS: 12n,
  INVALID_PARAMETER_VALUE: 1000n,
  ENDPOINT_NOT_FOUND: 1001n,
  MALFORMED_REQUEST: 1002n,
  INVALID_STATE: 1003n,
  PERMISSION_DENIED: 1004n,
  RESOURCE_ALREADY_EXISTS: 3001n,
  RESOURCE_DOES_NOT_EXIST: 3002n,
};

/**
 * `databricks_pb2.ErrorCode`, the protobuf enum wrapper MLflow's own code uses
 * (`ErrorCode.Name(RESOURCE_DOES_NOT_EXIST) == "RESOURCE_DOES_NOT_EXIST"`), with protobuf's
 * ValueError texts for unknown values and names.
 */
export const ErrorCodeEnum = nativeClass({
  name: 'EnumTypeWrapper',
  module: 'google.protobuf.internal.enum_type_wrapper',
  methods: {
    Name: {
      kind: 'static',
      sig: 'number',
      impl: (a, ctx) => {
        for (const [name, n] of Object.entries(ERROR_CODE_NUMBERS)) if (n === a.number) return name;
        throw pyError(ValueError, `Enum ErrorCode has no name defined for value ${ctx.repr(a.number ?? null)}`);
      },
    },
    Value: {
      kind: 'static',
      sig: 'name',
      impl: (a, ctx) => {
        const n =
          typeof a.name === 'string' && Object.hasOwn(ERROR_CODE_NUMBERS, a.name)
            ? ERROR_CODE_NUMBERS[a.name]
            : undefined;
        if (n === undefined)
          throw pyError(ValueError, `Enum ErrorCode has no value defined for name ${ctx.repr(a.name ?? null)}`);
        return n;
      },
    },
  },
});

function codeName(code: PyValue): string {
  if (typeof code === 'bigint') {
    for (const [name, n] of Object.entries(ERROR_CODE_NUMBERS)) if (n === code) return name;
  }
  return 'INTERNAL_ERROR';
}

function init(
  self: PyObject,
  message: PyValue,
  code: string,
  str: (v: PyValue) => string,
  kwargs: PyValue = new PyDict(),
): void {
  const text = typeof message === 'string' ? message : str(message);
  if (self instanceof PyException) self.args = [text];
  self.attrs.set('message', text);
  self.attrs.set('error_code', code);
  self.attrs.set('json_kwargs', kwargs);
}

export const MlflowException = nativeClass({
  name: 'MlflowException',
  module: 'mlflow.exceptions',
  bases: [Exception],
  methods: {
    __init__: {
      sig: 'self, message, error_code=1, **kwargs',
      impl: (a, ctx) => {
        init(
          a.self as PyObject,
          a.message ?? null,
          codeName(a.error_code ?? null),
          (v) => ctx.str(v),
          a.kwargs ?? new PyDict(),
        );
        return null;
      },
    },
    // mlflow/exceptions.py: json.dumps({"error_code": ..., "message": ..., **json_kwargs}).
    serialize_as_json: {
      sig: 'self',
      impl: (a, ctx) => {
        const self = a.self as PyObject;
        const body: Record<string, unknown> = {
          error_code: self.attrs.get('error_code'),
          message: self.attrs.get('message'),
        };
        const extra = self.attrs.get('json_kwargs');
        if (extra instanceof PyDict)
          for (const [k, v] of extra.map.values())
            body[ctx.str(k)] =
              typeof v === 'string' || typeof v === 'number' || v === null || typeof v === 'boolean' ? v : ctx.str(v);
        return jsonDumps(body);
      },
    },
    // A classmethod MLflow's own code raises with (`MlflowException.invalid_parameter_value(msg)`).
    invalid_parameter_value: {
      kind: 'static',
      sig: 'message, **kwargs',
      impl: (a, ctx) => {
        const m = a.message ?? null;
        return exceptionFor({
          kind: 'mlflow',
          message: typeof m === 'string' ? m : ctx.str(m),
          errorCode: 'INVALID_PARAMETER_VALUE',
        });
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
  if (err.kind === 'argument-type') return newException(TypeError, [err.message]);
  return newException(MlflowException, [err.message], {
    error_code: err.errorCode,
    message: err.message,
    json_kwargs: new PyDict(),
  });
}

/** Raise a registry error as `mlflow.exceptions.MlflowException` (or MLflow's own TypeError). */
export function raiseMlflow(err: MlflowError): never {
  throw new PyRaise(exceptionFor(err));
}

/**
 * `mlflow.exceptions.RestException`: what a tracking server's errors become on the client
 * (`"{error_code}: {message}"`, facts §3). The simulated stores are local, so MLflow itself never
 * raises it here; it exists so `except RestException` and imports work as in MLflow.
 */
export const RestException = nativeClass({
  name: 'RestException',
  module: 'mlflow.exceptions',
  bases: [MlflowException],
});
