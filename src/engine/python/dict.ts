// Hashing and the dict/set primitives. Python equality decides key identity: 1, 1.0 and True are
// the same key; objects without value equality hash by identity.
import type { PyValue } from './values.ts';
import { PyDict, PyObject, PySet, PyTuple } from './values.ts';

const FIRST_ID = 0x7f0000001000;

/**
 * `id(x)` and the address in `<X object at 0x...>`: stable for the object's lifetime and numbered
 * from the same start in every run (a transcript replays byte for byte). Each interpreter owns
 * one, so a lesson example running its own interpreter leaves the REPL's ids alone. Dict keys
 * never use these.
 */
export class ObjectIds {
  private readonly ids = new WeakMap<object, number>();
  private next = FIRST_ID;
  private readonly primitives = new Map<string, number>();

  of(v: object): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.next;
      this.next += 48;
      this.ids.set(v, id);
    }
    return id;
  }

  /** `id(x)` for any value: equal immutable primitives share one, like CPython's small-int cache. */
  value(v: PyValue): number {
    if (typeof v === 'object' && v !== null) return this.of(v);
    const key = typeof v + ':' + String(v);
    let id = this.primitives.get(key);
    if (id === undefined) this.primitives.set(key, (id = this.of({ key })));
    return id;
  }
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
/** Identity for hashing (never reset, so keys of objects from any run stay distinct). */
function identity(v: object): number {
  let id = identities.get(v);
  if (id === undefined) identities.set(v, (id = nextIdentity++));
  return id;
}

/**
 * How instances of snippet classes with their own `__hash__` hash: installed by the running
 * interpreter (hashing calls Python code). Returns the hash as a bigint.
 */
let userHash: ((v: PyObject) => bigint) | null = null;
export function setUserHash(fn: (v: PyObject) => bigint): void {
  userHash = fn;
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
      if (v instanceof PyObject) {
        const h = v.cls.lookup('__hash__');
        // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
        if (h === null) return null;
        if (h !== undefined && userHash) return 'u' + userHash(v);
        return 'o' + identity(v);
      }
      return 'o' + identity(v);
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

const MODULUS = (1n << 61n) - 1n;

/** hash(int) as CPython computes it (Objects/longobject.c, long_hash). */
function intHash(v: bigint): bigint {
  const m = (v < 0n ? -v : v) % MODULUS;
  const h = v < 0n ? -m : m;
  return h === -1n ? -2n : h;
}

/**
 * The order CPython iterates a set of ints: its hash-table slot order (Objects/setobject.c,
 * set_add_entry / set_table_resize / set_insert_clean with LINEAR_PROBES = 9, PERTURB_SHIFT = 5).
 * `{3, 1, 2}` prints `{1, 2, 3}`; `{5, 100}` prints `{100, 5}`. Sets holding anything else keep
 * insertion order (CPython's string hashes are randomised per process, so no order is "the" one).
 */
export function setIterationOrder(values: readonly PyValue[]): PyValue[] {
  if (values.length < 2 || !values.every((v) => typeof v === 'bigint' || typeof v === 'boolean')) return [...values];
  const hashes = values.map((v) => BigInt.asUintN(64, intHash(typeof v === 'boolean' ? (v ? 1n : 0n) : (v as bigint))));
  let mask = 7;
  let table: number[] = new Array(8).fill(-1);
  let fill = 0;
  const place = (idx: number, clean: boolean): void => {
    const h = hashes[idx]!;
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      if (clean) {
        if (table[i] === -1) return void (table[i] = idx);
        if (i + 9 <= mask) {
          for (let j = 1; j <= 9; j++) if (table[i + j] === -1) return void (table[i + j] = idx);
        }
      } else {
        let probes = i + 9 <= mask ? 9 : 0;
        let j = i;
        do {
          if (table[j] === -1) return void (table[j] = idx);
          j++;
        } while (probes--);
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  };
  for (let idx = 0; idx < values.length; idx++) {
    place(idx, false);
    fill++;
    if (fill * 5 >= mask * 3) {
      const used = fill;
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size).fill(-1);
      mask = size - 1;
      for (const slot of old) if (slot !== -1) place(slot, true);
    }
  }
  return table.filter((i) => i !== -1).map((i) => values[i]!);
}
