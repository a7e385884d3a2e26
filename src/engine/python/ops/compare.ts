// Truthiness, equality and ordering with CPython 3.11's rules and error texts (Objects/object.c,
// Objects/abstract.c): the dunder lookups everything else builds on. Imported through ../ops.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyBoundMethod, PyClass, PyDict, PyList, PyObject, PyRange, PySet, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName, typeOf } from '../classes.ts';
import { pyError } from '../errors.ts';

/** A user-class dunder method, if the value's class defines one (not object's defaults). */
export function userDunder(v: PyValue, name: string): PyValue | undefined {
  if (!(v instanceof PyObject)) return undefined;
  const m = v.cls.lookup(name);
  if (m === undefined) return undefined;
  return m as PyValue;
}

export function callDunder(ctx: NativeContext, v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = userDunder(v, name);
  if (m === undefined) return undefined;
  return ctx.call(m, [v, ...args]);
}

export function intLike(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

export function numLike(v: PyValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

export const notImplementedValue = new PyObject(new PyClass('NotImplementedType', 'builtins', [C.objectClass]));

export const ellipsisValue = new PyObject(new PyClass('ellipsis', 'builtins', [C.objectClass]));

export function isNotImplemented(v: PyValue): boolean {
  return v === notImplementedValue;
}

/** `bool(v)`. */
export function truthy(ctx: NativeContext, v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0 && !Number.isNaN(v) ? true : Number.isNaN(v);
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return rangeLength(v) > 0n;
  if (v instanceof PyObject) {
    const b = callDunder(ctx, v, '__bool__', []);
    if (b !== undefined) return b === true;
    const l = callDunder(ctx, v, '__len__', []);
    if (l !== undefined) return l !== 0n;
  }
  return true;
}

/** `a == b`. */
export function eq(ctx: NativeContext, a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  const ta = typeof a;
  const tb = typeof b;
  // A string equals only a string, unless the other side is an object whose __eq__ decides
  // (a str-mixin Enum such as mlflow's LoggedModelStatus equals its value).
  if ((ta === 'string' || tb === 'string') && !(a instanceof PyObject || b instanceof PyObject)) return false;
  const ia = intLike(a);
  const ib = intLike(b);
  if (ia !== null && ib !== null) return ia === ib;
  if ((ta === 'number' || ia !== null) && (tb === 'number' || ib !== null)) {
    if (ta === 'number' && tb === 'number') return false;
    const f = (ta === 'number' ? a : b) as number;
    const i = (ia ?? ib)!;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (a === null || b === null) return false;
  if (a instanceof PyList && b instanceof PyList) return seqEq(ctx, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(ctx, a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, [, v]] of a.map) {
      const other = b.map.get(k);
      if (!other || !eq(ctx, v, other[1])) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange)
    return a.start === b.start && a.stop === b.stop && a.step === b.step;
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod) return a.fn === b.fn && a.self === b.self;
  if (a instanceof PyObject) {
    const r = callDunder(ctx, a, '__eq__', [b]);
    if (r !== undefined && !isNotImplemented(r)) return truthy(ctx, r);
  }
  if (b instanceof PyObject) {
    const r = callDunder(ctx, b, '__eq__', [a]);
    if (r !== undefined && !isNotImplemented(r)) return truthy(ctx, r);
  }
  return false;
}

function seqEq(ctx: NativeContext, a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(ctx, a[i]!, b[i]!)) return false;
  return true;
}

const REFLECTED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

const DUNDER_CMP: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

/** `a < b` and friends. Returns the comparison result as a JS number sign where defined. */
export function compare(ctx: NativeContext, op: string, a: PyValue, b: PyValue): boolean {
  const c = order(ctx, a, b);
  if (c !== null) {
    if (Number.isNaN(c)) return false;
    switch (op) {
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      case '>=':
        return c >= 0;
    }
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => [...x.map.keys()].every((k) => y.map.has(k));
    if (op === '<=') return sub(a, b);
    if (op === '>=') return sub(b, a);
    if (op === '<') return sub(a, b) && a.map.size < b.map.size;
    if (op === '>') return sub(b, a) && b.map.size < a.map.size;
  }
  const m = userDunder(a, DUNDER_CMP[op]!);
  if (m !== undefined) {
    const r = ctx.call(m, [a, b]);
    if (!isNotImplemented(r)) return truthy(ctx, r);
  }
  const rm = userDunder(b, DUNDER_CMP[REFLECTED[op]!]!);
  if (rm !== undefined) {
    const r = ctx.call(rm, [b, a]);
    if (!isNotImplemented(r)) return truthy(ctx, r);
  }
  throw pyError(C.TypeError, `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Total order where Python defines one (numbers, strings, sequences); null otherwise. NaN = unordered. */
export function order(ctx: NativeContext, a: PyValue, b: PyValue): number | null {
  const ia = intLike(a);
  const ib = intLike(b);
  if (ia !== null && ib !== null) return ia < ib ? -1 : ia > ib ? 1 : 0;
  const na = numLike(a);
  const nb = numLike(b);
  if (na !== null && nb !== null) {
    if (Number.isNaN(na) || Number.isNaN(nb)) return NaN;
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const x = a.items[i]!;
      const y = b.items[i]!;
      if (eq(ctx, x, y)) continue;
      return compare(ctx, '<', x, y) ? -1 : 1;
    }
    return a.items.length - b.items.length;
  }
  return null;
}

export function rangeLength(r: PyRange): bigint {
  const { start, stop, step } = r;
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
}

/** `isinstance(v, cls)`. */
export function isInstance(v: PyValue, cls: PyClass): boolean {
  return typeOf(v).isSubclassOf(cls);
}
