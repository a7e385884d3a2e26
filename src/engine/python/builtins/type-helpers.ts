// Helpers the builtin types' method tables share (./types.ts, ./set-methods.ts).
import type { NativeContext } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { NativeImpl, PyValue } from '../values.ts';
import { PyClass, PyNativeFunction, PySet } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';

/** A method of a builtin class, with C-style argument errors (`takes exactly one argument`). */
export function method(cls: PyClass, name: string, sig: string, impl: NativeImpl): void {
  cls.dict.set(name, cMethod(nativeFunction(`${cls.name}.${name}`, sig, impl)));
}

export function cMethod(fn: PyNativeFunction): PyNativeFunction {
  fn.cStyle = true;
  return fn;
}

export function newSet(ctx: NativeContext, items: PyValue[], frozen: boolean): PySet {
  const s = new PySet();
  s.frozen = frozen;
  for (const v of items) {
    const k = hashKey(v);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(v)}'`);
    if (!s.map.has(k)) s.map.set(k, v);
  }
  void ctx;
  return s;
}

/** The dict/set key of a value, or CPython's `unhashable type` TypeError. */
export function hashableKey(k: PyValue): string {
  const h = hashKey(k);
  if (h === null) throw pyError(C.TypeError, `unhashable type: '${typeName(k)}'`);
  return h;
}
