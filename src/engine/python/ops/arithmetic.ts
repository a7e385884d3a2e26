// Binary operators on numbers, sequences and sets, `%` formatting, and the reflected dunders
// (Objects/abstract.c binary_op1, Objects/longobject.c, Objects/floatobject.c,
// Objects/unicodeobject.c). Imported through ../ops.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyDict, PyList, PyObject, PySet, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { formatFloat, formatInt } from '../format.ts';
import { bitLength, checkIntBits, powerBits } from '../costs.ts';
import { intLike, isNotImplemented, numLike, userDunder } from './compare.ts';

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

const NOT_IMPLEMENTED = Symbol('NotImplemented');

/** Python floor division and modulo on bigints (the sign of the result follows the divisor). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** Below this, products are cheap and need no size check. */
const BIG = 1n << 4096n;

/** Sequences longer than this are costly to build: the clock is checked first. */
const LONG = 100_000;

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
