// The builtins namespace (Python/bltinmodule.c): functions, types and exception classes.
import { bitLength } from '../costs.ts';
import type { NativeContext } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyClassMethod,
  PyDict,
  PyException,
  PyFunction,
  PyIterator,
  PyList,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyRaise,
  PyRange,
  PyStaticMethod,
  PyTuple,
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName, typeOf } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import {
  binaryOp,
  compare,
  ellipsisValue,
  iterate,
  len,
  notImplementedValue,
  toArray,
  truthy,
  userDunder,
} from '../ops.ts';
import type { Interpreter } from '../interpreter.ts';
import { superClass } from '../super.ts';
import { formatValue } from './format.ts';
import { toFixed } from '../format.ts';
import { dirOf } from '../suggestions.ts';
import { installTypes, sortValues } from './types.ts';

type Raw = (args: PyValue[], kwargs: Map<string, PyValue> | null, ctx: NativeContext) => PyValue;

/** A builtin with hand-written argument handling (hot paths such as len and print). */
export function rawFunction(name: string, raw: Raw): PyNativeFunction {
  return new PyNativeFunction(name, { params: [], positionalOnly: 0 }, () => null, raw);
}

function noKwargs(name: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size) throw pyError(C.TypeError, `${name}() takes no keyword arguments`);
}

function exactArgs(name: string, args: PyValue[], n: number): void {
  if (args.length !== n) {
    if (n === 1) throw pyError(C.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    throw pyError(C.TypeError, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

function toInt(v: PyValue, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyError(C.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer${what ? '' : ''}`);
}

function lazy(name: string, gen: Generator<PyValue>): PyIterator {
  return new PyIterator(name, () => gen.next());
}

/**
 * round() on floats, correctly rounded like CPython (Objects/floatobject.c, double_round): the
 * exact decimal expansion decides, and exact ties go to the even digit. round(2.675, 2) == 2.67.
 */
function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits < 0) {
    const scale = Math.pow(10, -ndigits);
    const q = x / scale;
    const f = Math.floor(q);
    const diff = q - f;
    const r = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return r * scale;
  }
  if (ndigits > 80) return x;
  return Number(toFixed(x, ndigits));
}

function minMax(
  name: 'min' | 'max',
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
  ctx: NativeContext,
): PyValue {
  const key = kwargs?.get('key') ?? null;
  const hasDefault = kwargs?.has('default') ?? false;
  for (const k of kwargs?.keys() ?? []) {
    if (k !== 'key' && k !== 'default')
      throw pyError(C.TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  }
  if (args.length === 0) throw pyError(C.TypeError, `${name} expected at least 1 argument, got 0`);
  let items: PyValue[];
  if (args.length === 1) items = toArray(ctx, args[0]!);
  else {
    if (hasDefault)
      throw pyError(C.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (hasDefault) return kwargs!.get('default')!;
    throw pyError(C.ValueError, `${name}() arg is an empty sequence`);
  }
  let best = items[0]!;
  let bestKey = key !== null ? ctx.call(key, [best]) : best;
  for (let i = 1; i < items.length; i++) {
    const v = items[i]!;
    const k = key !== null ? ctx.call(key, [v]) : v;
    if (name === 'max' ? compare(ctx, '>', k, bestKey) : compare(ctx, '<', k, bestKey)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

export function createBuiltins(interp: Interpreter): Map<string, PyValue> {
  installTypes();
  const b = new Map<string, PyValue>();
  const def = (name: string, sig: string, impl: (a: Record<string, PyValue>, ctx: NativeContext) => PyValue) =>
    b.set(name, nativeFunction(name, sig, impl));
  const raw = (name: string, fn: Raw) => b.set(name, rawFunction(name, fn));

  for (const cls of [
    C.objectClass,
    C.typeClass,
    C.intClass,
    C.boolClass,
    C.floatClass,
    C.strClass,
    C.listClass,
    C.tupleClass,
    C.dictClass,
    C.setClass,
    C.frozensetClass,
    C.rangeClass,
    C.sliceClass,
    C.propertyClass,
    C.staticmethodClass,
    C.classmethodClass,
  ])
    b.set(cls.name, cls);
  b.set('super', superClass);
  for (const cls of C.exceptionClasses) b.set(cls.name, cls);
  b.set('NotImplemented', notImplementedValue);
  b.set('Ellipsis', ellipsisValue);
  b.set('__name__', '__main__');

  raw('print', (args, kwargs, ctx) => {
    let sep = ' ';
    let end = '\n';
    let file: PyValue = null;
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'sep') {
          if (v !== null && typeof v !== 'string')
            throw pyError(C.TypeError, `sep must be None or a string, not ${typeName(v)}`);
          sep = v ?? ' ';
        } else if (k === 'end') {
          if (v !== null && typeof v !== 'string')
            throw pyError(C.TypeError, `end must be None or a string, not ${typeName(v)}`);
          end = v ?? '\n';
        } else if (k === 'file') file = v;
        else if (k !== 'flush') throw pyError(C.TypeError, `'${k}' is an invalid keyword argument for print()`);
      }
    }
    let text = '';
    for (let i = 0; i < args.length; i++) {
      if (i > 0) text += sep;
      text += ctx.str(args[i]!);
    }
    text += end;
    if (file === null) ctx.write('stdout', text);
    else {
      const stream = interp.streams.get(file);
      if (stream) interp.rawWrite(stream, text);
      else ctx.call(ctx.getattr(file, 'write'), [text]);
    }
    return null;
  });
  raw('len', (args, kwargs, ctx) => {
    noKwargs('len', kwargs);
    exactArgs('len', args, 1);
    return len(ctx, args[0]!);
  });
  raw('isinstance', (args, kwargs) => {
    noKwargs('isinstance', kwargs);
    if (args.length !== 2) throw pyError(C.TypeError, `isinstance expected 2 arguments, got ${args.length}`);
    const [v, t] = args as [PyValue, PyValue];
    const classes = t instanceof PyTuple ? t.items : [t];
    const cls = typeOf(v);
    for (const c of classes) {
      if (!(c instanceof PyClass))
        throw pyError(C.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
      if (cls.isSubclassOf(c)) return true;
    }
    return false;
  });
  def('issubclass', 'cls, classinfo, /', (a) => {
    if (!(a.cls instanceof PyClass)) throw pyError(C.TypeError, 'issubclass() arg 1 must be a class');
    const classes = a.classinfo instanceof PyTuple ? a.classinfo.items : [a.classinfo];
    return classes.some((c) => c instanceof PyClass && (a.cls as PyClass).isSubclassOf(c));
  });
  def('repr', 'obj, /', (a, ctx) => ctx.repr(a.obj!));
  def('ascii', 'obj, /', (a, ctx) => ctx.repr(a.obj!));
  def('format', "value, format_spec='', /", (a, ctx) => formatValue(ctx, a.value!, a.format_spec as string));
  raw('getattr', (args, kwargs, ctx) => {
    noKwargs('getattr', kwargs);
    if (args.length < 2 || args.length > 3)
      throw pyError(C.TypeError, `getattr expected 2 or 3 arguments, got ${args.length}`);
    const name = args[1];
    if (typeof name !== 'string') throw pyError(C.TypeError, `attribute name must be string, not '${typeName(name!)}'`);
    if (args.length === 3) {
      try {
        const v = interp.findAttr(args[0]!, name);
        return v === undefined ? args[2]! : v;
      } catch (e) {
        if (e instanceof PyRaise && e.exc.cls.isSubclassOf(C.AttributeError)) return args[2]!;
        throw e;
      }
    }
    return ctx.getattr(args[0]!, name);
  });
  def('hasattr', 'obj, name, /', (a) => {
    if (typeof a.name !== 'string')
      throw pyError(C.TypeError, `attribute name must be string, not '${typeName(a.name!)}'`);
    try {
      return interp.findAttr(a.obj!, a.name) !== undefined;
    } catch (e) {
      if (e instanceof PyRaise && e.exc.cls.isSubclassOf(C.AttributeError)) return false;
      throw e;
    }
  });
  def('setattr', 'obj, name, value, /', (a) => {
    if (typeof a.name !== 'string')
      throw pyError(C.TypeError, `attribute name must be string, not '${typeName(a.name!)}'`);
    interp.setattr(a.obj!, a.name, a.value!);
    return null;
  });
  def('delattr', 'obj, name, /', (a) => {
    const o = a.obj;
    if (o instanceof PyObject && typeof a.name === 'string' && o.attrs.delete(a.name)) return null;
    throw interp.attributeError(o!, String(a.name));
  });
  def('id', 'obj, /', (a) => {
    const v = a.obj!;
    return BigInt(interp.ids.value(v));
  });
  def('hash', 'obj, /', (a) => {
    const v = a.obj!;
    const k = hashKey(v);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(v)}'`);
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
    return BigInt(h);
  });
  def('callable', 'obj, /', (a) => {
    const v = a.obj!;
    return (
      v instanceof PyFunction ||
      v instanceof PyNativeFunction ||
      v instanceof PyBoundMethod ||
      v instanceof PyClass ||
      (v instanceof PyObject && v.cls.lookup('__call__') !== undefined)
    );
  });
  raw('iter', (args, kwargs, ctx) => {
    noKwargs('iter', kwargs);
    if (args.length !== 1)
      throw pyError(C.NotImplementedError, 'iter(callable, sentinel) is not supported in this simulator');
    const v = args[0]!;
    if (v instanceof PyIterator) return v;
    if (v instanceof PyObject && userDunder(v, '__iter__') !== undefined) {
      const it = ctx.call(userDunder(v, '__iter__')!, [v]);
      return it;
    }
    const it = iterate(ctx, v);
    const name =
      v instanceof PyList
        ? 'list_iterator'
        : v instanceof PyTuple
          ? 'tuple_iterator'
          : typeof v === 'string'
            ? 'str_ascii_iterator'
            : v instanceof PyDict
              ? 'dict_keyiterator'
              : v instanceof PyRange
                ? 'range_iterator'
                : 'iterator';
    return new PyIterator(name, () => it.next());
  });
  raw('next', (args, kwargs, ctx) => {
    noKwargs('next', kwargs);
    if (args.length < 1 || args.length > 2)
      throw pyError(C.TypeError, `next expected at least 1 argument, got ${args.length}`);
    const it = args[0]!;
    if (it instanceof PyIterator) {
      const r = it.next();
      if (!r.done) return r.value;
      if (args.length === 2) return args[1]!;
      throw new PyRaise(newException(C.StopIteration, []));
    }
    const m = userDunder(it, '__next__');
    if (m !== undefined) {
      try {
        return ctx.call(m, [it]);
      } catch (e) {
        if (args.length === 2 && e instanceof PyRaise && e.exc.cls.isSubclassOf(C.StopIteration)) return args[1]!;
        throw e;
      }
    }
    throw pyError(C.TypeError, `'${typeName(it)}' object is not an iterator`);
  });
  raw('sorted', (args, kwargs, ctx) => {
    if (args.length !== 1) throw pyError(C.TypeError, `sorted expected 1 argument, got ${args.length}`);
    let key: PyValue = null;
    let reverse = false;
    for (const [k, v] of kwargs ?? []) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(ctx, v);
      else throw pyError(C.TypeError, `sort() got an unexpected keyword argument '${k}'`);
    }
    return new PyList(sortValues(ctx, toArray(ctx, args[0]!), key, reverse));
  });
  def('reversed', 'sequence, /', (a, ctx) => {
    const v = a.sequence!;
    if (v instanceof PyList || v instanceof PyTuple) {
      const items = v.items;
      let i = items.length - 1;
      return new PyIterator(v instanceof PyList ? 'list_reverseiterator' : 'reversed', () =>
        i >= 0 && i < items.length ? { done: false, value: items[i--]! } : { done: true, value: undefined },
      );
    }
    if (typeof v === 'string' || v instanceof PyRange) {
      const items = toArray(ctx, v).reverse();
      let i = 0;
      return new PyIterator(v instanceof PyRange ? 'range_iterator' : 'reversed', () =>
        i < items.length ? { done: false, value: items[i++]! } : { done: true, value: undefined },
      );
    }
    if (v instanceof PyObject) {
      const m = userDunder(v, '__reversed__');
      if (m !== undefined) return ctx.call(m, [v]);
    }
    if (v instanceof PyDict) {
      const keys = [...v.map.values()].map((e) => e[0]).reverse();
      let i = 0;
      return new PyIterator('dict_reversekeyiterator', () =>
        i < keys.length ? { done: false, value: keys[i++]! } : { done: true, value: undefined },
      );
    }
    throw pyError(C.TypeError, `'${typeName(v)}' object is not reversible`);
  });
  raw('min', (args, kwargs, ctx) => minMax('min', args, kwargs, ctx));
  raw('max', (args, kwargs, ctx) => minMax('max', args, kwargs, ctx));
  def('sum', 'iterable, /, start=0', (a, ctx) => {
    let total: PyValue = a.start!;
    if (typeof total === 'string') throw pyError(C.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    const it = iterate(ctx, a.iterable!);
    for (let r = it.next(); !r.done; r = it.next()) {
      interp.step();
      total = binaryOp(ctx, '+', total, r.value);
    }
    return total;
  });
  def('abs', 'x, /', (a, ctx) => {
    const v = a.x!;
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'number') return Math.abs(v);
    const m = userDunder(v, '__abs__');
    if (m !== undefined) return ctx.call(m, [v]);
    throw pyError(C.TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  });
  def('round', 'number, ndigits=None', (a, ctx) => {
    const v = a.number!;
    const nd = a.ndigits!;
    if (typeof v === 'bigint' || typeof v === 'boolean') {
      const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      if (nd === null) return n;
      const d = toInt(nd, '');
      if (d >= 0n) return n;
      // |n| below half of 10**-d rounds to 0: no need to build 10**1000000000 to know it.
      if (Number(-d) > (bitLength(n) + 2) * Math.log10(2) + 1) return 0n;
      const p = 10n ** -d;
      const q = n / p;
      const r = n - q * p;
      let res = q;
      const twice = 2n * (r < 0n ? -r : r);
      if (twice > p || (twice === p && q % 2n !== 0n)) res += n < 0n ? -1n : 1n;
      return res * p;
    }
    if (typeof v === 'number') {
      if (nd === null) {
        if (!Number.isFinite(v))
          throw pyError(
            Number.isNaN(v) ? C.ValueError : C.OverflowError,
            Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer',
          );
        return BigInt(roundFloat(v, 0));
      }
      return roundFloat(v, Number(toInt(nd, '')));
    }
    const m = userDunder(v, '__round__');
    if (m !== undefined) return ctx.call(m, nd === null ? [v] : [v, nd]);
    throw pyError(C.TypeError, `type ${typeName(v)} doesn't define __round__ method`);
  });
  def('divmod', 'x, y, /', (a, ctx) => {
    const q = interp.inplace('//', a.x!, a.y!);
    const r = interp.inplace('%', a.x!, a.y!);
    void ctx;
    return new PyTuple([q, r]);
  });
  def('pow', 'base, exp, mod=None', (a) => {
    if (a.mod !== null) {
      let base = toInt(a.base!, '');
      let e = toInt(a.exp!, '');
      const m = toInt(a.mod!, '');
      if (m === 0n) throw pyError(C.ValueError, 'pow() 3rd argument cannot be 0');
      let result = 1n;
      base = ((base % m) + m) % m;
      while (e > 0n) {
        if (e & 1n) result = (result * base) % m;
        base = (base * base) % m;
        e >>= 1n;
      }
      return result;
    }
    return interp.inplace('**', a.base!, a.exp!);
  });
  raw('enumerate', (args, kwargs, ctx) => {
    const iterable = args[0] ?? kwargs?.get('iterable');
    if (iterable === undefined) throw pyError(C.TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    let i = toInt(args[1] ?? kwargs?.get('start') ?? 0n, '');
    const it = iterate(ctx, iterable);
    return new PyIterator('enumerate', () => {
      const r = it.next();
      if (r.done) return r;
      return { done: false, value: new PyTuple([i++, r.value]) };
    });
  });
  raw('zip', (args, kwargs, ctx) => {
    const strict = kwargs?.get('strict');
    const its = args.map((a, n) => iterate(ctx, a, `zip argument #${n + 1} must support iteration`));
    return new PyIterator('zip', () => {
      if (its.length === 0) return { done: true, value: undefined };
      const row: PyValue[] = [];
      for (let k = 0; k < its.length; k++) {
        const r = its[k]!.next();
        if (r.done) {
          if (strict && truthy(ctx, strict) && (k > 0 || its.slice(1).some((x) => !x.next().done)))
            throw pyError(C.ValueError, `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
          return { done: true, value: undefined };
        }
        row.push(r.value);
      }
      return { done: false, value: new PyTuple(row) };
    });
  });
  raw('map', (args, kwargs, ctx) => {
    noKwargs('map', kwargs);
    if (args.length < 2) throw pyError(C.TypeError, 'map() must have at least two arguments.');
    const fn = args[0]!;
    const its = args.slice(1).map((a) => iterate(ctx, a));
    return new PyIterator('map', () => {
      const row: PyValue[] = [];
      for (const it of its) {
        const r = it.next();
        if (r.done) return { done: true, value: undefined };
        row.push(r.value);
      }
      return { done: false, value: ctx.call(fn, row) };
    });
  });
  raw('filter', (args, kwargs, ctx) => {
    noKwargs('filter', kwargs);
    exactArgs('filter', args, 2);
    const fn = args[0]!;
    const it = iterate(ctx, args[1]!);
    return lazy(
      'filter',
      (function* () {
        for (let r = it.next(); !r.done; r = it.next()) {
          const keep = fn === null ? truthy(ctx, r.value) : truthy(ctx, ctx.call(fn, [r.value]));
          if (keep) yield r.value;
        }
      })(),
    );
  });
  def('any', 'iterable, /', (a, ctx) => {
    const it = iterate(ctx, a.iterable!);
    for (let r = it.next(); !r.done; r = it.next()) if (truthy(ctx, r.value)) return true;
    return false;
  });
  def('all', 'iterable, /', (a, ctx) => {
    const it = iterate(ctx, a.iterable!);
    for (let r = it.next(); !r.done; r = it.next()) if (!truthy(ctx, r.value)) return false;
    return true;
  });
  def('chr', 'i, /', (a) => {
    const n = toInt(a.i!, '');
    if (n < 0n || n > 0x10ffffn) throw pyError(C.ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  });
  def('ord', 'c, /', (a) => {
    const s = a.c!;
    if (typeof s !== 'string')
      throw pyError(C.TypeError, `ord() expected string of length 1, but ${typeName(s)} found`);
    const chars = [...s];
    if (chars.length !== 1)
      throw pyError(C.TypeError, `ord() expected a character, but string of length ${chars.length} found`);
    return BigInt(chars[0]!.codePointAt(0)!);
  });
  def('bin', 'number, /', (a) => {
    const n = toInt(a.number!, '');
    return (n < 0n ? '-0b' : '0b') + (n < 0n ? -n : n).toString(2);
  });
  def('hex', 'number, /', (a) => {
    const n = toInt(a.number!, '');
    return (n < 0n ? '-0x' : '0x') + (n < 0n ? -n : n).toString(16);
  });
  def('oct', 'number, /', (a) => {
    const n = toInt(a.number!, '');
    return (n < 0n ? '-0o' : '0o') + (n < 0n ? -n : n).toString(8);
  });
  def('input', "prompt='', /", (a, ctx) => {
    ctx.write('stdout', ctx.str(a.prompt!));
    throw pyError(C.EOFError, 'EOF when reading a line');
  });
  def('open', 'file, *args, **kwargs', () => {
    throw pyError(C.NotImplementedError, 'open() (reading and writing files) is not supported in this simulator');
  });
  for (const name of ['exit', 'quit'])
    def(name, 'code=None', (a) => {
      throw new PyRaise(newException(C.SystemExit, a.code === null ? [] : [a.code!]));
    });
  def('vars', 'object=None, /', (a, ctx) => ctx.getattr(a.object!, '__dict__'));
  def('dir', 'object=None, /', (a) => new PyList(dirOf(a.object!)));
  // With no argument these read the caller's scope; the evaluator handles that (Interpreter.readScope).
  def('globals', '', () => new PyDict());
  def('locals', '', () => new PyDict());
  for (const name of [
    'eval',
    'exec',
    'compile',
    '__import__',
    'breakpoint',
    'memoryview',
    'bytearray',
    'bytes',
    'complex',
    'help',
  ])
    def(name, '*args, **kwargs', () => {
      throw pyError(C.NotImplementedError, `${name}() is not supported in this simulator`);
    });
  return b;
}

export { PyProperty, PyStaticMethod, PyClassMethod, PyException };
