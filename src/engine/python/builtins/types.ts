// Builtin types: what calling them does (`int("3")`, `list(x)`) and their methods (list.append,
// dict.get...). Attached once to the shared class objects of ../classes.ts.
import { checkDigitsToParse } from '../costs.ts';
import type { NativeContext } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import {
  PyClass,
  PyClassMethod,
  PyDict,
  PyException,
  PyIterator,
  PyList,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PyTuple,
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName, typeOf } from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { compare, contains, eq, iterate, repr, toArray, truthy, userDunder, exceptionStr } from '../ops.ts';
import { floatRepr } from '../../python-text/repr.ts';
import { installStrMethods } from './strings.ts';
import { installSetMethods } from './set-methods.ts';
import { hashableKey, method, newSet } from './type-helpers.ts';

let installed = false;

/** Stable sort with Python's ordering; `reverse` keeps stability like list.sort(reverse=True). */
export function sortValues(ctx: NativeContext, items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keyed = items.map((v) => ({ v, k: key !== null ? ctx.call(key, [v]) : v }));
  // Each comparison counts as a step, so sorting a huge list is stopped by the step budget.
  const tick = (ctx as NativeContext & { step?: () => void }).step?.bind(ctx);
  keyed.sort((a, b) => {
    tick?.();
    const [x, y] = reverse ? [b, a] : [a, b];
    if (compare(ctx, '<', x.k, y.k)) return -1;
    if (compare(ctx, '<', y.k, x.k)) return 1;
    return 0;
  });
  return keyed.map((e) => e.v);
}

function parseIntLiteral(s: string, base: number): bigint | null {
  let t = s.trim().replace(/_/g, (m, i: number, str: string) => (i > 0 && /[0-9a-z]/i.test(str[i - 1]!) ? '' : 'x!'));
  let sign = 1n;
  if (t.startsWith('-')) {
    sign = -1n;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (base === 0) {
    if (/^0[xX]/.test(t)) return parseIntLiteral((sign < 0n ? '-' : '') + t.slice(2), 16);
    if (/^0[oO]/.test(t)) return parseIntLiteral((sign < 0n ? '-' : '') + t.slice(2), 8);
    if (/^0[bB]/.test(t)) return parseIntLiteral((sign < 0n ? '-' : '') + t.slice(2), 2);
    base = 10;
  } else if (base === 16) t = t.replace(/^0[xX]/, '');
  else if (base === 8) t = t.replace(/^0[oO]/, '');
  else if (base === 2) t = t.replace(/^0[bB]/, '');
  if (!t) return null;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  const lower = t.toLowerCase();
  for (const ch of lower) if (!digits.includes(ch)) return null;
  checkDigitsToParse(lower.length, base);
  // Native parsing where JavaScript has it (linear); digit by digit only for short texts.
  const prefix = base === 10 ? '' : base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : null;
  if (prefix !== null) return sign * BigInt(prefix + lower);
  let n = 0n;
  for (const ch of lower) n = n * BigInt(base) + BigInt(digits.indexOf(ch));
  return sign * n;
}

export function toIntValue(ctx: NativeContext, v: PyValue, base: PyValue): bigint {
  if (base !== null) {
    if (typeof v !== 'string') throw pyError(C.TypeError, "int() can't convert non-string with explicit base");
    const b = Number(base);
    const n = parseIntLiteral(v, b);
    if (n === null) throw pyError(C.ValueError, `invalid literal for int() with base ${b}: ${repr(ctx, v)}`);
    return n;
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw pyError(C.ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyError(C.OverflowError, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') {
    const n = parseIntLiteral(v, 10);
    if (n === null) throw pyError(C.ValueError, `invalid literal for int() with base 10: ${repr(ctx, v)}`);
    return n;
  }
  if (v instanceof PyObject) {
    const m = userDunder(v, '__int__') ?? userDunder(v, '__index__');
    if (m !== undefined) return ctx.call(m, [v]) as bigint;
  }
  throw pyError(
    C.TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

export function toFloatValue(ctx: NativeContext, v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    const n = Number(v);
    if (!Number.isFinite(n)) throw pyError(C.OverflowError, 'int too large to convert to float');
    return n;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v
      .trim()
      .toLowerCase()
      .replace(/(\d)_(?=\d)/g, '$1');
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t);
    throw pyError(C.ValueError, `could not convert string to float: ${repr(ctx, v)}`);
  }
  if (v instanceof PyObject) {
    const m = userDunder(v, '__float__');
    if (m !== undefined) return ctx.call(m, [v]) as number;
  }
  throw pyError(C.TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function argsOnly(name: string, args: PyValue[], kwargs: Map<string, PyValue> | null, max: number): void {
  if (kwargs && kwargs.size) throw pyError(C.TypeError, `${name}() takes no keyword arguments`);
  if (args.length > max)
    throw pyError(C.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function dictUpdate(
  ctx: NativeContext,
  d: PyDict,
  src: PyValue | undefined,
  kwargs: Map<string, PyValue> | null,
): void {
  const set = (k: PyValue, v: PyValue) => {
    const key = hashKey(k);
    if (key === null) throw pyError(C.TypeError, `unhashable type: '${typeName(k)}'`);
    const old = d.map.get(key);
    if (old) old[1] = v;
    else d.map.set(key, [k, v]);
  };
  if (src !== undefined) {
    if (src instanceof PyDict) for (const [k, v] of src.map.values()) set(k, v);
    else {
      const items = toArray(ctx, src);
      items.forEach((pair, i) => {
        const kv = toArray(ctx, pair, `cannot convert dictionary update sequence element #${i} to a sequence`);
        if (kv.length !== 2)
          throw pyError(
            C.ValueError,
            `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
          );
        set(kv[0]!, kv[1]!);
      });
    }
  }
  for (const [k, v] of kwargs ?? []) set(k, v);
}

/** dict_keys / dict_values / dict_items: live views over a dict. */
function dictView(kind: 'keys' | 'values' | 'items'): PyClass {
  const name = `dict_${kind}`;
  const pick = (e: [PyValue, PyValue]): PyValue =>
    kind === 'keys' ? e[0] : kind === 'values' ? e[1] : new PyTuple([e[0], e[1]]);
  const cls = nativeClass({
    name,
    module: 'builtins',
    methods: {
      __iter__: {
        sig: 'self',
        impl: (a, ctx) => {
          const d = (a.self as PyObject).payload as PyDict;
          const it = iterate(ctx, d);
          const size = d.map.size;
          const values = d.map.values();
          return new PyIterator(
            `dict_${kind === 'keys' ? 'key' : kind === 'values' ? 'value' : 'item'}iterator`,
            () => {
              void it;
              if (d.map.size !== size) throw pyError(C.RuntimeError, 'dictionary changed size during iteration');
              const r = values.next();
              return r.done ? { done: true, value: undefined } : { done: false, value: pick(r.value) };
            },
          );
        },
      },
      __len__: { sig: 'self', impl: (a) => BigInt(((a.self as PyObject).payload as PyDict).map.size) },
      __repr__: {
        sig: 'self',
        impl: (a, ctx) => {
          const d = (a.self as PyObject).payload as PyDict;
          return `${name}(${repr(ctx, new PyList([...d.map.values()].map(pick)))})`;
        },
      },
      __contains__: {
        sig: 'self, x',
        impl: (a, ctx) => {
          const d = (a.self as PyObject).payload as PyDict;
          if (kind === 'keys') return contains(ctx, d, a.x!);
          return [...d.map.values()].some((e) => eq(ctx, pick(e), a.x!));
        },
      },
      __eq__: {
        sig: 'self, other',
        impl: (a, ctx) => {
          const d = (a.self as PyObject).payload as PyDict;
          const o = a.other!;
          const mine = new PyList([...d.map.values()].map(pick));
          if (o instanceof PyObject && o.cls === cls)
            return eq(ctx, mine, new PyList([...(o.payload as PyDict).map.values()].map(pick)));
          if (kind !== 'values' && o instanceof PySet) return eq(ctx, newSet(ctx, mine.items, false), o);
          return false;
        },
      },
    },
  });
  return cls;
}

export const dictKeysClass = dictView('keys');
export const dictValuesClass = dictView('values');
export const dictItemsClass = dictView('items');

export function installTypes(): void {
  if (installed) return;
  installed = true;
  installStrMethods();

  C.objectClass.call = null;
  C.typeClass.call = (_cls, args, kwargs) => {
    argsOnly('type', args, kwargs, 3);
    if (args.length === 1) return typeOf(args[0]!);
    throw pyError(C.NotImplementedError, 'type() with three arguments is not supported in this simulator');
  };
  C.typeClass.dict.set(
    'mro',
    nativeFunction('type.mro', 'self', (a) => new PyList([...(a.self as PyClass).mro])),
  );
  C.intClass.call = (_cls, args, kwargs, ctx) => {
    const base = kwargs?.get('base') ?? args[1] ?? null;
    if (args.length === 0) return 0n;
    if (args.length > 2) throw pyError(C.TypeError, `int() takes at most 2 arguments (${args.length} given)`);
    return toIntValue(ctx, args[0]!, base);
  };
  C.boolClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('bool', args, kwargs, 1);
    return args.length ? truthy(ctx, args[0]!) : false;
  };
  C.floatClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('float', args, kwargs, 1);
    return args.length ? toFloatValue(ctx, args[0]!) : 0;
  };
  C.strClass.call = (_cls, args, kwargs, ctx) => {
    if (kwargs && kwargs.size)
      throw pyError(C.NotImplementedError, 'str() with encoding is not supported in this simulator');
    argsOnly('str', args, kwargs, 1);
    return args.length ? ctx.str(args[0]!) : '';
  };
  C.listClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('list', args, kwargs, 1);
    return new PyList(args.length ? toArray(ctx, args[0]!) : []);
  };
  C.tupleClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('tuple', args, kwargs, 1);
    const v = args[0];
    if (v instanceof PyTuple) return v;
    return new PyTuple(v === undefined ? [] : toArray(ctx, v));
  };
  C.setClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('set', args, kwargs, 1);
    return newSet(ctx, args.length ? toArray(ctx, args[0]!) : [], false);
  };
  C.frozensetClass.call = (_cls, args, kwargs, ctx) => {
    argsOnly('frozenset', args, kwargs, 1);
    return newSet(ctx, args.length ? toArray(ctx, args[0]!) : [], true);
  };
  C.dictClass.call = (_cls, args, kwargs, ctx) => {
    if (args.length > 1) throw pyError(C.TypeError, `dict expected at most 1 argument, got ${args.length}`);
    const d = new PyDict();
    dictUpdate(ctx, d, args[0], kwargs);
    return d;
  };
  C.rangeClass.call = (_cls, args, kwargs) => {
    if (kwargs && kwargs.size) throw pyError(C.TypeError, 'range() takes no keyword arguments');
    const ints = args.map((a) => {
      if (typeof a === 'bigint') return a;
      if (typeof a === 'boolean') return a ? 1n : 0n;
      throw pyError(C.TypeError, `'${typeName(a)}' object cannot be interpreted as an integer`);
    });
    if (ints.length === 0) throw pyError(C.TypeError, 'range expected at least 1 argument, got 0');
    if (ints.length > 3) throw pyError(C.TypeError, `range expected at most 3 arguments, got ${ints.length}`);
    if (ints.length === 1) return new PyRange(0n, ints[0]!, 1n);
    const step = ints[2] ?? 1n;
    if (step === 0n) throw pyError(C.ValueError, 'range() arg 3 must not be zero');
    return new PyRange(ints[0]!, ints[1]!, step);
  };
  C.sliceClass.call = (_cls, args) => {
    if (args.length === 1) return new PySlice(null, args[0]!, null);
    return new PySlice(args[0] ?? null, args[1] ?? null, args[2] ?? null);
  };
  C.propertyClass.call = (_cls, args, kwargs) =>
    new PyProperty(args[0] ?? kwargs?.get('fget') ?? null, args[1] ?? kwargs?.get('fset') ?? null);
  C.staticmethodClass.call = (_cls, args) => new PyStaticMethod(args[0] ?? null);
  C.classmethodClass.call = (_cls, args) => new PyClassMethod(args[0] ?? null);
  method(C.propertyClass, 'setter', 'self, fset', (a) => new PyProperty((a.self as PyProperty).get, a.fset!));
  method(C.propertyClass, 'getter', 'self, fget', (a) => new PyProperty(a.fget!, (a.self as PyProperty).set));

  // ---- exceptions: BaseException.__init__ stores args; str() and repr() come from ../ops.ts.
  method(C.BaseException, '__init__', 'self, *args', (a) => {
    (a.self as PyException).args = [...(a.args as PyTuple).items];
    return null;
  });
  method(C.BaseException, 'with_traceback', 'self, tb', (a) => a.self!);
  method(C.BaseException, 'add_note', 'self, note', (a) => {
    const e = a.self as PyException;
    const notes = e.attrs.get('__notes__');
    if (notes instanceof PyList) notes.items.push(a.note!);
    else e.attrs.set('__notes__', new PyList([a.note!]));
    return null;
  });
  for (const cls of [C.KeyError]) void cls;
  C.StopIteration.dict.set('value', new PyProperty((self) => (self as PyException).args[0] ?? null));
  C.SystemExit.dict.set(
    'code',
    new PyProperty((self) =>
      (self as PyException).args.length === 1
        ? (self as PyException).args[0]!
        : (self as PyException).args.length === 0
          ? null
          : new PyTuple((self as PyException).args),
    ),
  );
  void exceptionStr;

  // ---- int / float
  method(C.intClass, 'bit_length', 'self', (a) => {
    const n = a.self as bigint;
    return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length);
  });
  method(C.intClass, 'is_integer', 'self', () => true);
  method(C.intClass, '__index__', 'self', (a) => a.self!);
  C.intClass.dict.set('real', new PyProperty((self) => self));
  C.intClass.dict.set('imag', new PyProperty(() => 0n));
  C.intClass.dict.set('numerator', new PyProperty((self) => self));
  C.intClass.dict.set('denominator', new PyProperty(() => 1n));
  method(C.floatClass, 'is_integer', 'self', (a) => Number.isInteger(a.self as number));
  method(C.floatClass, '__repr__', 'self', (a) => floatRepr(a.self as number));
  method(C.floatClass, 'as_integer_ratio', 'self', (a) => {
    let x = a.self as number;
    if (!Number.isFinite(x)) throw pyError(C.OverflowError, 'cannot convert Infinity to integer ratio');
    let den = 1n;
    while (!Number.isInteger(x)) {
      x *= 2;
      den *= 2n;
    }
    return new PyTuple([BigInt(x), den]);
  });
  C.floatClass.dict.set('real', new PyProperty((self) => self));
  C.floatClass.dict.set('imag', new PyProperty(() => 0));

  // ---- list
  const L = C.listClass;
  const self = (a: Record<string, PyValue>) => a.self as PyList;
  // list.__init__ / dict.__init__: reached through super() from snippet subclasses.
  method(L, '__init__', 'self, iterable=(), /', (a, ctx) => {
    self(a).items = toArray(ctx, a.iterable!);
    return null;
  });
  method(L, 'append', 'self, object, /', (a) => {
    self(a).items.push(a.object!);
    return null;
  });
  method(L, 'extend', 'self, iterable, /', (a, ctx) => {
    self(a).items.push(...toArray(ctx, a.iterable!));
    return null;
  });
  method(L, 'insert', 'self, index, object, /', (a) => {
    const items = self(a).items;
    let i = Number(a.index as bigint);
    if (i < 0) i = Math.max(0, i + items.length);
    items.splice(Math.min(i, items.length), 0, a.object!);
    return null;
  });
  method(L, 'pop', 'self, index=-1, /', (a) => {
    const items = self(a).items;
    if (items.length === 0) throw pyError(C.IndexError, 'pop from empty list');
    let i = Number(a.index as bigint);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw pyError(C.IndexError, 'pop index out of range');
    return items.splice(i, 1)[0]!;
  });
  method(L, 'remove', 'self, value, /', (a, ctx) => {
    const items = self(a).items;
    const i = items.findIndex((x) => eq(ctx, x, a.value!));
    if (i < 0) throw pyError(C.ValueError, 'list.remove(x): x not in list');
    items.splice(i, 1);
    return null;
  });
  method(L, 'index', 'self, value, start=0, stop=None, /', (a, ctx) => {
    const items = self(a).items;
    const start = Number(a.start as bigint);
    const stop = a.stop === null ? items.length : Number(a.stop as bigint);
    for (let i = Math.max(0, start < 0 ? start + items.length : start); i < Math.min(stop, items.length); i++)
      if (eq(ctx, items[i]!, a.value!)) return BigInt(i);
    throw pyError(C.ValueError, `${repr(ctx, a.value!)} is not in list`);
  });
  method(L, 'count', 'self, value, /', (a, ctx) => BigInt(self(a).items.filter((x) => eq(ctx, x, a.value!)).length));
  method(L, 'sort', 'self, *, key=None, reverse=False', (a, ctx) => {
    const l = self(a);
    const sorted = sortValues(ctx, [...l.items], a.key!, truthy(ctx, a.reverse!));
    l.items.length = 0;
    l.items.push(...sorted);
    return null;
  });
  method(L, 'reverse', 'self', (a) => {
    self(a).items.reverse();
    return null;
  });
  method(L, 'clear', 'self', (a) => {
    self(a).items.length = 0;
    return null;
  });
  method(L, 'copy', 'self', (a) => new PyList([...self(a).items]));

  // ---- tuple
  method(C.tupleClass, 'count', 'self, value, /', (a, ctx) =>
    BigInt((a.self as PyTuple).items.filter((x) => eq(ctx, x, a.value!)).length),
  );
  method(C.tupleClass, 'index', 'self, value, /', (a, ctx) => {
    const i = (a.self as PyTuple).items.findIndex((x) => eq(ctx, x, a.value!));
    if (i < 0) throw pyError(C.ValueError, 'tuple.index(x): x not in tuple');
    return BigInt(i);
  });

  // ---- dict
  const D = C.dictClass;
  const dself = (a: Record<string, PyValue>) => a.self as PyDict;
  const key = hashableKey;
  D.dict.set(
    '__init__',
    nativeFunction('dict.__init__', 'self, other=(), /, **kwargs', (a, ctx) => {
      const other = a.other instanceof PyTuple && a.other.items.length === 0 ? undefined : a.other!;
      const kw = new Map<string, PyValue>();
      for (const [k, v] of (a.kwargs as PyDict).map.values()) kw.set(k as string, v);
      dself(a).map.clear();
      dictUpdate(ctx, dself(a), other, kw);
      return null;
    }),
  );
  method(D, 'keys', 'self', (a) => new PyObject(dictKeysClass, dself(a)));
  method(D, 'values', 'self', (a) => new PyObject(dictValuesClass, dself(a)));
  method(D, 'items', 'self', (a) => new PyObject(dictItemsClass, dself(a)));
  method(D, 'get', 'self, key, default=None, /', (a) => dself(a).map.get(key(a.key!))?.[1] ?? a.default!);
  method(D, 'setdefault', 'self, key, default=None, /', (a) => {
    const k = key(a.key!);
    const e = dself(a).map.get(k);
    if (e) return e[1];
    dself(a).map.set(k, [a.key!, a.default!]);
    return a.default!;
  });
  D.dict.set(
    'update',
    nativeFunction('dict.update', 'self, other=(), /, **kwargs', (a, ctx) => {
      const other = a.other instanceof PyTuple && a.other.items.length === 0 ? undefined : a.other!;
      const kw = new Map<string, PyValue>();
      for (const [k, v] of (a.kwargs as PyDict).map.values()) kw.set(k as string, v);
      dictUpdate(ctx, dself(a), other, kw);
      return null;
    }),
  );
  D.dict.set(
    'pop',
    (() => {
      const fn = nativeFunction('dict.pop', 'self, key, *default', (a) => {
        const d = dself(a);
        const k = key(a.key!);
        const e = d.map.get(k);
        const defaults = (a.default as PyTuple).items;
        if (defaults.length > 1)
          throw pyError(C.TypeError, `pop expected at most 2 arguments, got ${defaults.length + 1}`);
        if (e) {
          d.map.delete(k);
          return e[1];
        }
        if (defaults.length) return defaults[0]!;
        throw pyError(C.KeyError, a.key!);
      });
      return fn;
    })(),
  );
  method(D, 'popitem', 'self', (a) => {
    const d = dself(a);
    const last = [...d.map.keys()].pop();
    if (last === undefined) throw pyError(C.KeyError, 'popitem(): dictionary is empty');
    const e = d.map.get(last)!;
    d.map.delete(last);
    return new PyTuple([e[0], e[1]]);
  });
  method(D, 'clear', 'self', (a) => {
    dself(a).map.clear();
    return null;
  });
  method(D, 'copy', 'self', (a) => {
    const d = new PyDict();
    for (const [k, e] of dself(a).map) d.map.set(k, [e[0], e[1]]);
    return d;
  });
  D.dict.set(
    'fromkeys',
    new PyClassMethod(
      nativeFunction('dict.fromkeys', 'cls, iterable, value=None, /', (a, ctx) => {
        const d = new PyDict();
        for (const k of toArray(ctx, a.iterable!)) d.map.set(key(k), [k, a.value!]);
        return d;
      }),
    ),
  );

  installSetMethods();

  // ---- range
  C.rangeClass.dict.set('start', new PyProperty((s) => (s as PyRange).start));
  C.rangeClass.dict.set('stop', new PyProperty((s) => (s as PyRange).stop));
  C.rangeClass.dict.set('step', new PyProperty((s) => (s as PyRange).step));
  method(C.rangeClass, 'index', 'self, value, /', (a, ctx) => {
    const r = a.self as PyRange;
    if (!contains(ctx, r, a.value!)) throw pyError(C.ValueError, `${repr(ctx, a.value!)} is not in range`);
    return ((a.value as bigint) - r.start) / r.step;
  });
  method(C.rangeClass, 'count', 'self, value, /', (a, ctx) => (contains(ctx, a.self!, a.value!) ? 1n : 0n));
}

export type { PyIterator };
