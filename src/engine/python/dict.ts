// Hashing and the dict/set primitives. Python equality decides key identity: 1, 1.0 and True are
// the same key; objects without value equality hash by identity.
import type { PyValue } from './values.ts';
import { PyClass, PyDict, PyObject, PySet, PyTuple } from './values.ts';

const ids = new WeakMap<object, number>();
let nextObjectId = 0x7f0000001000;

/** `id(x)` for any object: stable for its lifetime. */
export function objectId(v: object): number {
  let id = ids.get(v);
  if (id === undefined) {
    id = nextObjectId;
    nextObjectId += 48;
    ids.set(v, id);
  }
  return id;
}

const primitiveIds = new Map<string, number>();

/** `id(x)` for any value: equal immutable primitives share one, like CPython's small-int cache. */
export function valueId(v: PyValue): number {
  if (typeof v === 'object' && v !== null) return objectId(v);
  const key = typeof v + ':' + String(v);
  let id = primitiveIds.get(key);
  if (id === undefined) primitiveIds.set(key, (id = objectId({ key })));
  return id;
}

/** The dict key for a value, or null when the value is unhashable (a list, dict or set). */
export function hashKey(v: PyValue): string | null {
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'bigint':
      return 'i' + v;
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'number':
      if (Number.isInteger(v)) return 'i' + BigInt(v);
      return 'f' + v;
    case 'object':
      if (v === null) return 'N';
      if (v instanceof PyTuple) {
        const parts: string[] = [];
        for (const it of v.items) {
          const k = hashKey(it);
          if (k === null) return null;
          parts.push(k);
        }
        return 't' + JSON.stringify(parts);
      }
      if (v instanceof PySet) return v.frozen ? 'z' + JSON.stringify([...v.map.keys()].sort()) : null;
      if (v instanceof PyDict) return null;
      if ('items' in v && !(v instanceof PyTuple)) return null; // PyList
      if (v instanceof PyObject || v instanceof PyClass) return 'o' + objectId(v);
      return 'o' + objectId(v);
  }
  return 'o';
}

export function dictGet(d: PyDict, key: PyValue): PyValue | undefined {
  const k = hashKey(key);
  if (k === null) return undefined;
  return d.map.get(k)?.[1];
}

/** Sets a key already known to be hashable (strings from native code, mostly). */
export function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  const k = hashKey(key);
  if (k === null) throw new Error('dictSet: unhashable key');
  const old = d.map.get(k);
  if (old) old[1] = value;
  else d.map.set(k, [key, value]);
}

/** Builds a dict from JS pairs (native code's convenience). */
export function pyDict(entries: Iterable<readonly [PyValue, PyValue]> = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) dictSet(d, k, v);
  return d;
}
