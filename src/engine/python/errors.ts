// Raising Python exceptions from TypeScript: `throw pyError(ValueError, 'bad')` reads like
// `raise ValueError('bad')`. Everything the evaluator and native code raise goes through here.
import type { PyValue } from './values.ts';
import { PyClass, PyException, PyRaise } from './values.ts';

/** A fresh exception instance: `cls(*args)` with extra attributes (e.g. `error_code`). */
export function newException(cls: PyClass, args: PyValue[], attrs?: Record<string, PyValue>): PyException {
  const e = new PyException(cls, args);
  if (attrs) for (const [k, v] of Object.entries(attrs)) e.attrs.set(k, v);
  return e;
}

/** `throw pyError(KeyError, 'x')`: the JS value that raises `cls(message)` in Python. */
export function pyError(cls: PyClass, ...args: PyValue[]): PyRaise {
  return new PyRaise(newException(cls, args));
}
