// `collections`: defaultdict, Counter, OrderedDict and namedtuple, with CPython 3.11's reprs
// (`defaultdict(<class 'list'>, {...})`, `Counter({'a': 2})`, `OrderedDict([('a', 1)])`,
// `Point(x=1, y=2)`). They are dicts and tuples underneath, so every dict/tuple method works.
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyDict, PyIterator, PyList, PyNativeFunction, PyProperty, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { order, toArray } from '../ops.ts';
import { BindError, bind, parseSignature } from '../signature.ts';

function set(d: PyDict, k: PyValue, v: PyValue): void {
  const key = hashKey(k);
  if (key === null) throw pyError(C.TypeError, `unhashable type: '${typeName(k)}'`);
  const old = d.map.get(key);
  if (old) old[1] = v;
  else d.map.set(key, [k, v]);
}

function get(d: PyDict, k: PyValue): PyValue | undefined {
  const key = hashKey(k);
  return key === null ? undefined : d.map.get(key)?.[1];
}

function fill(ctx: NativeContext, d: PyDict, src: PyValue | undefined, kwargs: Map<string, PyValue> | null): void {
  if (src instanceof PyDict) for (const [k, v] of src.map.values()) set(d, k, v);
  else if (src !== undefined && src !== null)
    for (const pair of toArray(ctx, src)) {
      const kv = toArray(ctx, pair);
      set(d, kv[0]!, kv[1]!);
    }
  for (const [k, v] of kwargs ?? []) set(d, k, v);
}

function method(
  cls: PyClass,
  name: string,
  sig: string,
  impl: (a: Record<string, PyValue>, ctx: NativeContext) => PyValue,
): void {
  const fn = nativeFunction(`${cls.name}.${name}`, sig, impl);
  fn.cStyle = true;
  cls.dict.set(name, fn);
}

function count(ctx: NativeContext, d: PyDict, src: PyValue, sign: bigint): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.map.values()) set(d, k, ((get(d, k) as bigint | undefined) ?? 0n) + sign * (v as bigint));
    return;
  }
  for (const v of toArray(ctx, src)) set(d, v, ((get(d, v) as bigint | undefined) ?? 0n) + sign);
}

export const defaultdictClass = new PyClass('defaultdict', 'collections', [C.dictClass]);
export const counterClass = new PyClass('Counter', 'collections', [C.dictClass]);
export const orderedDictClass = new PyClass('OrderedDict', 'collections', [C.dictClass]);

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  defaultdictClass.call = (_cls, args, kwargs, ctx) => {
    const factory = args[0] ?? null;
    if (factory !== null && !(factory instanceof PyClass) && typeof factory !== 'object')
      throw pyError(C.TypeError, 'first argument must be callable or None');
    const d = new PyDict();
    d.subclass = defaultdictClass;
    d.factory = factory;
    d.missing = (key) => {
      if (d.factory === null) throw pyError(C.KeyError, key);
      const v = ctx.call(d.factory, []);
      set(d, key, v);
      return v;
    };
    fill(ctx, d, args[1], kwargs);
    return d;
  };
  defaultdictClass.dict.set('default_factory', new PyProperty((self) => (self as PyDict).factory));

  counterClass.call = (_cls, args, kwargs, ctx) => {
    const d = new PyDict();
    d.subclass = counterClass;
    d.missing = () => 0n;
    if (args[0] !== undefined && args[0] !== null) count(ctx, d, args[0], 1n);
    for (const [k, v] of kwargs ?? []) set(d, k, v);
    return d;
  };
  method(counterClass, 'most_common', 'self, n=None', (a, ctx) => {
    const entries = [...(a.self as PyDict).map.values()];
    entries.sort((x, y) => order(ctx, y[1], x[1]) ?? 0);
    const n = a.n === null ? entries.length : Number(a.n as bigint);
    return new PyList(entries.slice(0, Math.max(0, n)).map(([k, v]) => new PyTuple([k, v])));
  });
  method(counterClass, 'elements', 'self', (a) => {
    const out: PyValue[] = [];
    for (const [k, v] of (a.self as PyDict).map.values()) for (let i = 0n; i < (v as bigint); i++) out.push(k);
    let i = 0;
    return new PyIterator('itertools.chain', () =>
      i < out.length ? { done: false, value: out[i++]! } : { done: true, value: undefined },
    );
  });
  method(counterClass, 'update', 'self, iterable=None, /, **kwds', (a, ctx) => {
    if (a.iterable !== null) count(ctx, a.self as PyDict, a.iterable!, 1n);
    count(ctx, a.self as PyDict, a.kwds!, 1n);
    return null;
  });
  method(counterClass, 'subtract', 'self, iterable=None, /, **kwds', (a, ctx) => {
    if (a.iterable !== null) count(ctx, a.self as PyDict, a.iterable!, -1n);
    count(ctx, a.self as PyDict, a.kwds!, -1n);
    return null;
  });
  method(counterClass, 'total', 'self', (a) =>
    [...(a.self as PyDict).map.values()].reduce((s, [, v]) => s + (v as bigint), 0n),
  );

  orderedDictClass.call = (_cls, args, kwargs, ctx) => {
    const d = new PyDict();
    d.subclass = orderedDictClass;
    fill(ctx, d, args[0], kwargs);
    return d;
  };
  method(orderedDictClass, 'move_to_end', 'self, key, last=True', (a) => {
    const d = a.self as PyDict;
    const key = hashKey(a.key!);
    const e = key === null ? undefined : d.map.get(key);
    if (!e || key === null) throw pyError(C.KeyError, a.key!);
    d.map.delete(key);
    if (a.last === false) {
      const rest = [...d.map.entries()];
      d.map.clear();
      d.map.set(key, e);
      for (const [k, v] of rest) d.map.set(k, v);
    } else d.map.set(key, e);
    return null;
  });
}

/** `namedtuple('Point', ['x', 'y'])` or `namedtuple('Point', 'x y')`. */
function namedtuple(a: Record<string, PyValue>, ctx: NativeContext): PyValue {
  const typename = String(a.typename);
  const raw = a.field_names!;
  const fields =
    typeof raw === 'string' ? raw.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : toArray(ctx, raw).map(String);
  for (const f of fields)
    if (!/^[A-Za-z_]\w*$/.test(f) || f.startsWith('_'))
      throw pyError(C.ValueError, `Type names and field names must be valid identifiers: '${f}'`);
  const defaults = a.defaults === null ? [] : toArray(ctx, a.defaults!);
  const sigText = fields.map((f, i) => (i >= fields.length - defaults.length ? `${f}=None` : f)).join(', ');
  const sig = parseSignature(sigText);
  const params = sig.params.map((p, i) =>
    i >= fields.length - defaults.length ? { ...p, default: defaults[i - (fields.length - defaults.length)]! } : p,
  );
  // __new__(_cls, ...): CPython counts the class in "takes N positional arguments".
  const signature = {
    params: [{ name: '_cls', kind: 'positional' as const, hasDefault: false, default: null }, ...params],
    positionalOnly: 0,
  };
  const cls = new PyClass(typename, String(a.module ?? '__main__') || '__main__', [C.tupleClass]);
  cls.call = (c, args, kwargs) => {
    let values: PyValue[];
    try {
      values = bind(`${typename}.__new__`, signature, [c, ...args], kwargs).slice(1);
    } catch (e) {
      if (e instanceof BindError) throw pyError(C.TypeError, e.message);
      throw e;
    }
    const t = new PyTuple(values);
    t.named = c;
    return t;
  };
  cls.dict.set('_fields', new PyTuple(fields));
  fields.forEach((f, i) => cls.dict.set(f, new PyProperty((self) => (self as PyTuple).items[i]!)));
  method(cls, '_asdict', 'self', (x) => {
    const d = new PyDict();
    fields.forEach((f, i) => set(d, f, (x.self as PyTuple).items[i]!));
    return d;
  });
  method(cls, '_replace', 'self, **kwds', (x) => {
    const t = x.self as PyTuple;
    const items = [...t.items];
    for (const [k, v] of (x.kwds as PyDict).map.values()) {
      const i = fields.indexOf(String(k));
      if (i < 0) throw pyError(C.ValueError, `Got unexpected field names: ['${String(k)}']`);
      items[i] = v;
    }
    const out = new PyTuple(items);
    out.named = t.named;
    return out;
  });
  return cls;
}

export const buildCollections: ModuleBuilder = (m) => {
  install();
  m.dict.set('defaultdict', defaultdictClass);
  m.dict.set('Counter', counterClass);
  m.dict.set('OrderedDict', orderedDictClass);
  m.dict.set(
    'namedtuple',
    nativeFunction('namedtuple', 'typename, field_names, *, rename=False, defaults=None, module=None', namedtuple),
  );
  void PyNativeFunction;
};
