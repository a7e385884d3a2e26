// Python's operators, truthiness, equality, ordering, repr/str, iteration and item access, with
// CPython 3.11's error texts (Objects/abstract.c, Objects/longobject.c, Objects/floatobject.c).
import { bitLength, checkIntBits, checkText, intToDecimal, powerBits } from './costs.ts';
import type { NativeContext } from './native.ts';
import type { PyValue } from './values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyException,
  PyFunction,
  PyIterator,
  PyList,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
} from './values.ts';
import * as C from './classes.ts';
import { typeName, typeOf } from './classes.ts';
import { pyError } from './errors.ts';
import { hashKey, setIterationOrder } from './dict.ts';
import { formatFloat, formatInt } from './format.ts';
import { floatRepr, strRepr } from '../python-text/repr.ts';

const DUNDER_OF: Record<string, [string, string]> = {
  '+': ['__add__', '__radd__'],
  '-': ['__sub__', '__rsub__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'],
  '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'],
  '@': ['__matmul__', '__rmatmul__'],
  '&': ['__and__', '__rand__'],
  '|': ['__or__', '__ror__'],
  '^': ['__xor__', '__rxor__'],
  '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'],
};

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

const NOT_IMPLEMENTED = Symbol('NotImplemented');

function intLike(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

function numLike(v: PyValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** Python floor division and modulo on bigints (the sign of the result follows the divisor). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
export function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** Sequences longer than this are costly to build: the clock is checked first. */
const LONG = 100_000;

/** Below this, products are cheap and need no size check. */
const BIG = 1n << 4096n;

function intOp(op: string, a: bigint, b: bigint): PyValue | typeof NOT_IMPLEMENTED {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      if ((a >= BIG || a <= -BIG) && (b >= BIG || b <= -BIG)) checkIntBits(bitLength(a) + bitLength(b));
      return a * b;
    case '/':
      if (b === 0n) throw pyError(C.ZeroDivisionError, 'division by zero');
      return Number(a) / Number(b);
    case '//':
      if (b === 0n) throw pyError(C.ZeroDivisionError, 'integer division or modulo by zero');
      return floorDiv(a, b);
    case '%':
      if (b === 0n) throw pyError(C.ZeroDivisionError, 'integer modulo by zero');
      return floorMod(a, b);
    case '**':
      if (b < 0n) {
        if (a === 0n) throw pyError(C.ZeroDivisionError, '0.0 cannot be raised to a negative power');
        return Math.pow(Number(a), Number(b));
      }
      checkIntBits(powerBits(a, b));
      return a ** b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '<<':
      if (b < 0n) throw pyError(C.ValueError, 'negative shift count');
      // CPython: a shift past sys.maxsize bits cannot be represented at all (long_lshift).
      if (a !== 0n && b > 0x7fffffffffffffffn) throw pyError(C.OverflowError, 'too many digits in integer');
      if (a !== 0n) checkIntBits(bitLength(a) + Number(b));
      return a << b;
    case '>>':
      if (b < 0n) throw pyError(C.ValueError, 'negative shift count');
      return a >> b;
  }
  return NOT_IMPLEMENTED;
}

function floatOp(op: string, a: number, b: number): PyValue | typeof NOT_IMPLEMENTED {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw pyError(C.ZeroDivisionError, 'float division by zero');
      return a / b;
    case '//':
      if (b === 0) throw pyError(C.ZeroDivisionError, 'float floor division by zero');
      return Math.floor(a / b);
    case '%': {
      if (b === 0) throw pyError(C.ZeroDivisionError, 'float modulo');
      const r = a % b;
      return r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? (b < 0 ? -0 : 0) : r;
    }
    case '**':
      if (a === 0 && b < 0) throw pyError(C.ZeroDivisionError, '0.0 cannot be raised to a negative power');
      if (a < 0 && !Number.isInteger(b))
        throw pyError(
          C.NotImplementedError,
          'a complex number (a negative number to a fractional power) is not supported in this simulator',
        );
      return Math.pow(a, b);
  }
  return NOT_IMPLEMENTED;
}

function repeat(items: readonly PyValue[], n: bigint): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0n; i < n; i++) out.push(...items);
  return out;
}

/** Repetition that would exhaust the page's memory: strings up to 10M characters, lists 2M items. */
function checkRepeat(n: bigint, len: number, limit = 2_000_000n): void {
  if (n > 0n && BigInt(len) * n > limit) throw pyError(C.MemoryError, 'the result is too large for this simulator');
}

/** `a <op> b` for the arithmetic and bitwise operators. */
export function binaryOp(ctx: NativeContext, op: string, a: PyValue, b: PyValue): PyValue {
  const ia = intLike(a);
  const ib = intLike(b);
  if (ia !== null && ib !== null) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    const r = intOp(op, ia, ib);
    if (r !== NOT_IMPLEMENTED) return r;
  } else {
    const na = numLike(a);
    const nb = numLike(b);
    if (na !== null && nb !== null) {
      const r = floatOp(op, na, nb);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if (typeof a === 'string') {
    if (op === '+') {
      if (typeof b === 'string') {
        checkRepeat(1n, a.length + b.length, 10_000_000n);
        return a + b;
      }
      if (!(b instanceof PyObject && userDunder(b, '__radd__')))
        throw pyError(C.TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (op === '*' && ib !== null) {
      checkRepeat(ib, a.length, 10_000_000n);
      return ib > 0n ? a.repeat(Number(ib)) : '';
    }
    if (op === '%') return percentFormat(ctx, a, b);
  }
  if (op === '*' && typeof b === 'string' && ia !== null) {
    checkRepeat(ia, b.length, 10_000_000n);
    return ia > 0n ? b.repeat(Number(ia)) : '';
  }
  if (a instanceof PyList) {
    if (op === '+') {
      if (b instanceof PyList) {
        checkRepeat(1n, a.items.length + b.items.length);
        if (a.items.length + b.items.length > LONG) ctx.checkClock();
        return new PyList(a.items.concat(b.items));
      }
      throw pyError(C.TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
    }
    if (op === '*' && ib !== null) {
      checkRepeat(ib, a.items.length);
      if (BigInt(a.items.length) * ib > BigInt(LONG)) ctx.checkClock();
      return new PyList(repeat(a.items, ib));
    }
  }
  if (a instanceof PyTuple) {
    if (op === '+') {
      if (b instanceof PyTuple) {
        checkRepeat(1n, a.items.length + b.items.length);
        return new PyTuple(a.items.concat(b.items));
      }
      throw pyError(C.TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
    }
    if (op === '*' && ib !== null) {
      checkRepeat(ib, a.items.length);
      return new PyTuple(repeat(a.items, ib));
    }
  }
  if (op === '*' && ia !== null && (b instanceof PyList || b instanceof PyTuple)) return binaryOp(ctx, op, b, a);
  if (
    op === '*' &&
    (a instanceof PyList || a instanceof PyTuple || typeof a === 'string') &&
    ib === null &&
    !(b instanceof PyObject)
  )
    throw pyError(C.TypeError, `can't multiply sequence by non-int of type '${typeName(b)}'`);
  if (
    op === '*' &&
    (b instanceof PyList || b instanceof PyTuple || typeof b === 'string') &&
    ia === null &&
    !(a instanceof PyObject)
  )
    throw pyError(C.TypeError, `can't multiply sequence by non-int of type '${typeName(a)}'`);
  if (a instanceof PyDict && b instanceof PyDict && op === '|') {
    const d = new PyDict();
    for (const [k, e] of a.map) d.map.set(k, [e[0], e[1]]);
    for (const [k, e] of b.map) {
      const old = d.map.get(k);
      if (old) old[1] = e[1];
      else d.map.set(k, [e[0], e[1]]);
    }
    return d;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const r = setOp(op, a, b);
    if (r) return r;
  }
  const [name, rname] = DUNDER_OF[op] ?? ['', ''];
  if (name) {
    const m = userDunder(a, name);
    if (m !== undefined) {
      const r = ctx.call(m, [a, b]);
      if (!isNotImplemented(r)) return r;
    }
    const rm = userDunder(b, rname);
    if (rm !== undefined) {
      const r = ctx.call(rm, [b, a]);
      if (!isNotImplemented(r)) return r;
    }
  }
  if (op === '**' && (ia !== null || typeof a === 'number'))
    throw pyError(C.TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  throw pyError(C.TypeError, `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

export const notImplementedValue = new PyObject(new PyClass('NotImplementedType', 'builtins', [C.objectClass]));
export const ellipsisValue = new PyObject(new PyClass('ellipsis', 'builtins', [C.objectClass]));
function isNotImplemented(v: PyValue): boolean {
  return v === notImplementedValue;
}

function setOp(op: string, a: PySet, b: PySet): PySet | null {
  const out = new PySet();
  out.frozen = a.frozen;
  switch (op) {
    case '|':
      for (const [k, v] of a.map) out.map.set(k, v);
      for (const [k, v] of b.map) if (!out.map.has(k)) out.map.set(k, v);
      return out;
    case '&':
      for (const [k, v] of a.map) if (b.map.has(k)) out.map.set(k, v);
      return out;
    case '-':
      for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
      return out;
    case '^':
      for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
      for (const [k, v] of b.map) if (!a.map.has(k)) out.map.set(k, v);
      return out;
  }
  return null;
}

/** printf flags as a format spec: `-` left-aligns, `0` zero-pads, `+`/space sign, `#` alternate form. */
function percentSpec(flags: string, width: string | undefined, prec: string | undefined, conv: string): string {
  const align = flags.includes('-') ? '<' : '';
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const zero = flags.includes('0') && !align ? '0' : '';
  return `${align}${sign}${flags.includes('#') ? '#' : ''}${zero}${width ?? ''}${prec !== undefined ? '.' + prec : ''}${conv}`;
}

/** `'%s: %d' % (a, b)`: printf-style formatting (Objects/unicodeobject.c, PyUnicode_Format). */
function percentFormat(ctx: NativeContext, fmt: string, arg: PyValue): string {
  const args = arg instanceof PyTuple ? [...arg.items] : [arg];
  const dictArg = arg instanceof PyDict ? arg : null;
  let i = 0;
  const out = fmt.replace(
    /%(\([^)]*\))?([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([sdifrxXeEgGoc%a])/g,
    (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      let v: PyValue;
      if (key && dictArg) {
        const got = dictArg.map.get(hashKey(key.slice(1, -1))!);
        if (!got) throw pyError(C.KeyError, key.slice(1, -1));
        v = got[1];
      } else {
        if (i >= args.length) throw pyError(C.TypeError, 'not enough arguments for format string');
        v = args[i++]!;
      }
      let body: string;
      switch (conv) {
        case 's':
          body = ctx.str(v);
          break;
        case 'r':
        case 'a':
          body = ctx.repr(v);
          break;
        case 'd':
        case 'i':
        case 'x':
        case 'X':
        case 'o': {
          // Numbers reuse the format-spec machinery: '%+08.3f' is format(v, '+08.3f').
          const n =
            conv === 'd' || conv === 'i' ? (typeof v === 'number' ? BigInt(Math.trunc(v)) : intLike(v)) : intLike(v);
          if (n === null)
            throw pyError(
              C.TypeError,
              `%${conv} format: ${conv === 'd' || conv === 'i' ? 'a real number' : 'an integer'} is required, not ${typeName(v)}`,
            );
          return formatInt(n, percentSpec(flags, width, undefined, conv === 'i' ? 'd' : conv));
        }
        case 'c':
          body = typeof v === 'string' ? v : String.fromCodePoint(Number(intLike(v) ?? 0n));
          break;
        default: {
          const n = numLike(v);
          if (n === null) throw pyError(C.TypeError, `must be real number, not ${typeName(v)}`);
          return formatFloat(n, percentSpec(flags, width, prec ?? '6', conv));
        }
      }
      if (prec !== undefined && conv === 's') body = body.slice(0, Number(prec));
      const w = width ? Number(width) : 0;
      if (body.length < w) body = flags.includes('-') ? body.padEnd(w) : body.padStart(w);
      return body;
    },
  );
  if (!dictArg && i < args.length) throw pyError(C.TypeError, 'not all arguments converted during string formatting');
  return out;
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
  if (ta === 'string' || tb === 'string') return false;
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

export function rangeLength(r: PyRange): bigint {
  const { start, stop, step } = r;
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
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

/** CPython's recursion limit less the frames a snippet typically holds when it prints. */
const REPR_DEPTH = 990;

/** `repr(v)`. Recursion through containers is guarded like CPython (`[...]`). */
export function repr(ctx: NativeContext, v: PyValue, seen: Set<object> = new Set()): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intToDecimal(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if ((v instanceof PyList || v instanceof PyDict) && v.subclass && v.subclass.module === '__main__') {
    // A snippet subclass of list/dict may define its own __repr__.
    const r = v.subclass.lookup('__repr__');
    if (r instanceof PyFunction) {
      const s = ctx.call(r, [v]);
      if (typeof s !== 'string') throw pyError(C.TypeError, `__repr__ returned non-string (type ${typeName(s)})`);
      return s;
    }
  }
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    if (seen.has(v)) return v instanceof PyList ? '[...]' : v instanceof PyDict ? '{...}' : '(...)';
    ctx.checkClock();
    // `seen` holds the containers being printed, outermost first: its size is the nesting depth.
    if (seen.size >= REPR_DEPTH)
      throw pyError(C.RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
    seen.add(v);
    try {
      // A list holding itself twice per level doubles its text each level: refused once too long.
      if (v instanceof PyList) return checkText('[' + v.items.map((x) => repr(ctx, x, seen)).join(', ') + ']');
      if (v instanceof PyTuple) {
        if (v.named) {
          const fields = v.named.dict.get('_fields');
          const names = fields instanceof PyTuple ? fields.items : [];
          return `${v.named.name}(${v.items.map((x, i) => `${String(names[i])}=${repr(ctx, x, seen)}`).join(', ')})`;
        }
        if (v.items.length === 1) return '(' + repr(ctx, v.items[0]!, seen) + ',)';
        return checkText('(' + v.items.map((x) => repr(ctx, x, seen)).join(', ') + ')');
      }
      if (v instanceof PyDict) {
        const entries = [...v.map.values()];
        const sub = v.subclass?.name;
        if (sub === 'Counter') entries.sort((a, b) => order(ctx, b[1], a[1]) ?? 0);
        if (sub === 'OrderedDict')
          return entries.length
            ? `OrderedDict([${entries.map(([k, val]) => `(${repr(ctx, k, seen)}, ${repr(ctx, val, seen)})`).join(', ')}])`
            : 'OrderedDict()';
        const parts: string[] = [];
        for (const [k, val] of entries) parts.push(repr(ctx, k, seen) + ': ' + repr(ctx, val, seen));
        const body = checkText('{' + parts.join(', ') + '}');
        if (sub === 'Counter') return entries.length ? `Counter(${body})` : 'Counter()';
        if (sub === 'defaultdict') return `defaultdict(${repr(ctx, v.factory, seen)}, ${body})`;
        return body;
      }
      const items = setIterationOrder([...v.map.values()]).map((x) => repr(ctx, x, seen));
      if (v.frozen) return items.length ? 'frozenset({' + items.join(', ') + '})' : 'frozenset()';
      return items.length ? '{' + items.join(', ') + '}' : 'set()';
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof PyRange)
    return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(ctx, v.start)}, ${repr(ctx, v.stop)}, ${repr(ctx, v.step)})`;
  if (v instanceof PyClass) return `<class '${v.module === 'builtins' ? '' : v.module + '.'}${v.name}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${hexId(ctx, v)}>`;
  if (v instanceof PyNativeFunction) return `<built-in function ${v.name}>`;
  if (v instanceof PyBoundMethod) {
    if (v.fn instanceof PyNativeFunction)
      return `<built-in method ${v.fn.name} of ${typeName(v.self)} object at ${hexId(ctx, v.self)}>`;
    return `<bound method ${v.fn.qualname} of ${repr(ctx, v.self)}>`;
  }
  if (v instanceof PyModule)
    return v.name in BUILTIN_MODULES ? `<module '${v.name}' (built-in)>` : `<module '${v.name}'>`;
  if (v instanceof PyIterator) return `<${v.typeName} object at ${hexId(ctx, v)}>`;
  if (v === notImplementedValue) return 'NotImplemented';
  if (v === ellipsisValue) return 'Ellipsis';
  if (v instanceof PyObject) {
    const r = v.cls.lookup('__repr__');
    if (r !== undefined) {
      const s = ctx.call(r as PyValue, [v]);
      if (typeof s !== 'string') throw pyError(C.TypeError, `__repr__ returned non-string (type ${typeName(s)})`);
      return s;
    }
    if (v instanceof PyException) return exceptionRepr(ctx, v);
    const mod = v.cls.module === 'builtins' ? '' : v.cls.module + '.';
    return `<${mod}${v.cls.name} object at ${hexId(ctx, v)}>`;
  }
  return `<${typeName(v)} object>`;
}

const BUILTIN_MODULES: Record<string, true> = { sys: true, math: true, time: true, builtins: true };

export function hexId(ctx: NativeContext, v: PyValue): string {
  return '0x' + ctx.ids.value(v).toString(16).padStart(12, '0');
}

function exceptionRepr(ctx: NativeContext, e: PyException): string {
  const args = e.args;
  const inner = args.length === 1 ? repr(ctx, args[0]!) : args.map((a) => repr(ctx, a)).join(', ');
  return `${e.cls.name}(${inner})`;
}

/** `str(v)`. */
export function str(ctx: NativeContext, v: PyValue): string {
  if (typeof v === 'string') return v;
  if ((v instanceof PyList || v instanceof PyDict) && v.subclass && v.subclass.module === '__main__') {
    const s = v.subclass.lookup('__str__');
    if (s instanceof PyFunction) return ctx.call(s, [v]) as string;
  }
  if (v instanceof PyObject) {
    const s = v.cls.lookup('__str__');
    if (s !== undefined) {
      const r = ctx.call(s as PyValue, [v]);
      if (typeof r !== 'string') throw pyError(C.TypeError, `__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    if (v instanceof PyException) return exceptionStr(ctx, v);
  }
  return repr(ctx, v);
}

export function exceptionStr(ctx: NativeContext, e: PyException): string {
  if (e.cls.isSubclassOf(C.KeyError) && e.args.length === 1) return repr(ctx, e.args[0]!);
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(ctx, e.args[0]!);
  return repr(ctx, new PyTuple(e.args));
}

/** `isinstance(v, cls)`. */
export function isInstance(v: PyValue, cls: PyClass): boolean {
  return typeOf(v).isSubclassOf(cls);
}
