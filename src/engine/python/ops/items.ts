// Iteration, `in`, len() and item access (indexes, slices, __getitem__/__setitem__/__delitem__)
// with CPython 3.11's error texts (Objects/abstract.c, Objects/listobject.c). Imported through ../ops.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import {
  PyClass,
  PyDict,
  PyException,
  PyIterator,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey, setIterationOrder } from '../dict.ts';
import { callDunder, eq, intLike, rangeLength, truthy, userDunder } from './compare.ts';

/** `x in container`. */
export function contains(ctx: NativeContext, container: PyValue, x: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof x !== 'string')
      throw pyError(C.TypeError, `'in <string>' requires string as left operand, not ${typeName(x)}`);
    return container.includes(x);
  }
  if (container instanceof PyDict || container instanceof PySet) {
    const k = hashKey(x);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(x)}'`);
    return container.map.has(k);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const it of container.items) if (it === x || eq(ctx, it, x)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    const n = intLike(x);
    if (n === null) return false;
    const { start, stop, step } = container;
    if (step > 0n ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0n;
  }
  if (container instanceof PyObject) {
    const r = callDunder(ctx, container, '__contains__', [x]);
    if (r !== undefined) return truthy(ctx, r);
  }
  const it = iterate(ctx, container, `argument of type '${typeName(container)}' is not iterable`);
  for (let r = it.next(); !r.done; r = it.next()) if (eq(ctx, r.value, x)) return true;
  return false;
}

/** A JS iterator over a Python iterable (`iter(v)`); TypeError `'int' object is not iterable`. */
export function iterate(ctx: NativeContext, v: PyValue, message?: string): { next(): IteratorResult<PyValue> } {
  if (v instanceof PyList) {
    let i = 0;
    const items = v;
    return {
      next: () =>
        i < items.items.length ? { done: false, value: items.items[i++]! } : { done: true, value: undefined },
    };
  }
  if (v instanceof PyTuple) return v.items[Symbol.iterator]() as { next(): IteratorResult<PyValue> };
  if (typeof v === 'string') return v[Symbol.iterator]();
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return {
      next: () => {
        if (step > 0n ? cur < stop : cur > stop) {
          const value = cur;
          cur += step;
          return { done: false, value };
        }
        return { done: true, value: undefined };
      },
    };
  }
  if (v instanceof PySet) {
    const size = v.map.size;
    const items = setIterationOrder([...v.map.values()]);
    let i = 0;
    const src = v;
    return {
      next: () => {
        if (src.map.size !== size) throw pyError(C.RuntimeError, 'Set changed size during iteration');
        return i < items.length ? { done: false, value: items[i++]! } : { done: true, value: undefined };
      },
    };
  }
  if (v instanceof PyDict) {
    const size = v.map.size;
    const it = v.map.values();
    const src = v;
    return {
      next: () => {
        if (src.map.size !== size) throw pyError(C.RuntimeError, 'dictionary changed size during iteration');
        const r = it.next();
        if (r.done) return { done: true, value: undefined };
        return { done: false, value: r.value[0] };
      },
    };
  }
  if (v instanceof PyIterator) return v;
  if (v instanceof PyObject) {
    const iterFn = userDunder(v, '__iter__');
    if (iterFn !== undefined) {
      const it = ctx.call(iterFn, [v]);
      if (it instanceof PyIterator) return it;
      const nextFn = userDunder(it, '__next__');
      if (nextFn === undefined) throw pyError(C.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
      return {
        next: () => {
          try {
            return { done: false, value: ctx.call(nextFn, [it]) };
          } catch (e) {
            if (e instanceof Object && 'exc' in e && (e.exc as PyException).cls.isSubclassOf(C.StopIteration))
              return { done: true, value: undefined };
            throw e;
          }
        },
      };
    }
    const getItem = userDunder(v, '__getitem__');
    if (getItem !== undefined) {
      let i = 0n;
      return {
        next: () => {
          try {
            return { done: false, value: ctx.call(getItem, [v, i++]) };
          } catch (e) {
            if (e instanceof Object && 'exc' in e && (e.exc as PyException).cls.isSubclassOf(C.IndexError))
              return { done: true, value: undefined };
            throw e;
          }
        },
      };
    }
  }
  throw pyError(C.TypeError, message ?? `'${typeName(v)}' object is not iterable`);
}

/** Collects an iterable into a JS array. */
export function toArray(ctx: NativeContext, v: PyValue, message?: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  // list(range(10**9)) would exhaust the page's memory before any step check could stop it.
  if (v instanceof PyRange && rangeLength(v) > 2_000_000n)
    throw pyError(C.MemoryError, 'the result is too large for this simulator');
  const out: PyValue[] = [];
  const it = iterate(ctx, v, message);
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

export function len(ctx: NativeContext, v: PyValue): bigint {
  if (typeof v === 'string') return BigInt(v.length);
  if (v instanceof PyList || v instanceof PyTuple) return BigInt(v.items.length);
  if (v instanceof PyDict || v instanceof PySet) return BigInt(v.map.size);
  if (v instanceof PyRange) return rangeLength(v);
  if (v instanceof PyObject) {
    const r = callDunder(ctx, v, '__len__', []);
    if (r !== undefined) {
      if (typeof r !== 'bigint')
        throw pyError(C.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
      return r;
    }
  }
  throw pyError(C.TypeError, `object of type '${typeName(v)}' has no len()`);
}

/** An int index for sequences: accepts int and bool; TypeError otherwise. */
export function indexValue(v: PyValue, what: string): bigint {
  const i = intLike(v);
  if (i === null) {
    if (v instanceof PyObject) {
      // objects with __index__ are rare in snippets; keep the error honest
    }
    throw pyError(C.TypeError, `${what} indices must be integers or slices, not ${typeName(v)}`);
  }
  return i;
}

/** Normalised slice bounds over a sequence of `length` (Objects/sliceobject.c, PySlice_AdjustIndices). */
export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const get = (v: PyValue): number | null => {
    if (v === null) return null;
    const i = intLike(v);
    if (i === null) throw pyError(C.TypeError, 'slice indices must be integers or None or have an __index__ method');
    return Number(i);
  };
  const step = get(s.step) ?? 1;
  if (step === 0) throw pyError(C.ValueError, 'slice step cannot be zero');
  let start = get(s.start);
  let stop = get(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + length) : Math.min(start, length);
    stop = stop === null ? length : stop < 0 ? Math.max(0, stop + length) : Math.min(stop, length);
  } else {
    start = start === null ? length - 1 : start < 0 ? Math.max(-1, start + length) : Math.min(start, length - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + length) : Math.min(stop, length - 1);
  }
  return [start, stop, step];
}

function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

function seqIndex(i: bigint, length: number, what: string): number {
  let n = Number(i);
  if (n < 0) n += length;
  if (n < 0 || n >= length) throw pyError(C.IndexError, `${what} index out of range`);
  return n;
}

/** `obj[key]`. */
export function getItem(ctx: NativeContext, obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const what = obj instanceof PyList ? 'list' : 'tuple';
    if (key instanceof PySlice) {
      const items = sliceItems(obj.items, key);
      return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    return obj.items[seqIndex(indexValue(key, what), obj.items.length, what)]!;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(key);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(key)}'`);
    const e = obj.map.get(k);
    if (e) return e[1];
    if (obj.missing) return obj.missing(key);
    throw pyError(C.KeyError, key);
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) return sliceItems([...obj], key).join('');
    return obj[seqIndex(indexValue(key, 'string'), obj.length, 'string')]!;
  }
  if (obj instanceof PyRange) {
    const n = rangeLength(obj);
    if (key instanceof PySlice) {
      const [s, e, st] = sliceIndices(key, Number(n));
      const step = obj.step * BigInt(st);
      return new PyRange(obj.start + BigInt(s) * obj.step, obj.start + BigInt(e) * obj.step, step);
    }
    const i = seqIndex(indexValue(key, 'range object'), Number(n), 'range object');
    return obj.start + BigInt(i) * obj.step;
  }
  if (obj instanceof PyObject) {
    const r = callDunder(ctx, obj, '__getitem__', [key]);
    if (r !== undefined) return r;
  }
  if (obj instanceof PyClass) {
    // list[int], dict[str, int]: type hints in annotations evaluate to the class itself here.
    return obj;
  }
  throw pyError(C.TypeError, `'${typeName(obj)}' object is not subscriptable`);
}

/** `obj[key] = value`. */
export function setItem(ctx: NativeContext, obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      const values = toArray(ctx, value, 'can only assign an iterable');
      if (step !== 1)
        throw pyError(C.NotImplementedError, 'extended slice assignment is not supported in this simulator');
      obj.items.splice(start, Math.max(0, stop - start), ...values);
      return;
    }
    obj.items[seqIndex(indexValue(key, 'list'), obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(key);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(key)}'`);
    const e = obj.map.get(k);
    if (e) e[1] = value;
    else obj.map.set(k, [key, value]);
    return;
  }
  if (obj instanceof PyObject) {
    const r = callDunder(ctx, obj, '__setitem__', [key, value]);
    if (r !== undefined) return;
  }
  throw pyError(C.TypeError, `'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(ctx: NativeContext, obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      if (step !== 1)
        throw pyError(C.NotImplementedError, 'extended slice deletion is not supported in this simulator');
      obj.items.splice(start, Math.max(0, stop - start));
      return;
    }
    obj.items.splice(seqIndex(indexValue(key, 'list'), obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(key);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(key)}'`);
    if (!obj.map.delete(k)) throw pyError(C.KeyError, key);
    return;
  }
  if (obj instanceof PyObject) {
    const r = callDunder(ctx, obj, '__delitem__', [key]);
    if (r !== undefined) return;
  }
  throw pyError(C.TypeError, `'${typeName(obj)}' object doesn't support item deletion`);
}
