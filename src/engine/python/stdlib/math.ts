// `math`: the functions lessons and exercises reach for, with CPython's domain errors.
import { checkIntBits } from '../costs.ts';
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { NativeImpl, PyValue } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { toArray } from '../ops.ts';

function num(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyError(C.TypeError, `must be real number, not ${typeName(v)}`);
}

function toIntegral(x: number, what: string): bigint {
  if (Number.isNaN(x)) throw pyError(C.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError(C.OverflowError, `cannot convert float infinity to integer`);
  void what;
  return BigInt(x);
}

function domain(x: number): number {
  if (Number.isNaN(x)) throw pyError(C.ValueError, 'math domain error');
  return x;
}

export const buildMath: ModuleBuilder = (m) => {
  const f = (name: string, sig: string, impl: NativeImpl) => m.dict.set(name, nativeFunction(name, sig, impl));
  m.dict.set('pi', Math.PI);
  m.dict.set('e', Math.E);
  m.dict.set('tau', 2 * Math.PI);
  m.dict.set('inf', Infinity);
  m.dict.set('nan', NaN);
  f('sqrt', 'x, /', (a) => {
    const x = num(a.x!);
    if (x < 0) throw pyError(C.ValueError, 'math domain error');
    return Math.sqrt(x);
  });
  f('floor', 'x, /', (a) => (typeof a.x === 'bigint' ? a.x : toIntegral(Math.floor(num(a.x!)), 'floor')));
  f('ceil', 'x, /', (a) => (typeof a.x === 'bigint' ? a.x : toIntegral(Math.ceil(num(a.x!)), 'ceil')));
  f('trunc', 'x, /', (a) => (typeof a.x === 'bigint' ? a.x : toIntegral(Math.trunc(num(a.x!)), 'trunc')));
  f('fabs', 'x, /', (a) => Math.abs(num(a.x!)));
  f('exp', 'x, /', (a) => {
    const r = Math.exp(num(a.x!));
    if (!Number.isFinite(r)) throw pyError(C.OverflowError, 'math range error');
    return r;
  });
  f('log', 'x, base=None, /', (a) => {
    const x = num(a.x!);
    if (x <= 0) throw pyError(C.ValueError, 'math domain error');
    if (a.base === null) return Math.log(x);
    const b = num(a.base!);
    if (b <= 0 || b === 1)
      throw pyError(
        b === 1 ? C.ZeroDivisionError : C.ValueError,
        b === 1 ? 'float division by zero' : 'math domain error',
      );
    return Math.log(x) / Math.log(b);
  });
  f('log10', 'x, /', (a) => {
    const x = num(a.x!);
    if (x <= 0) throw pyError(C.ValueError, 'math domain error');
    return Math.log10(x);
  });
  f('log2', 'x, /', (a) => {
    const x = num(a.x!);
    if (x <= 0) throw pyError(C.ValueError, 'math domain error');
    return Math.log2(x);
  });
  f('pow', 'x, y, /', (a) => domain(Math.pow(num(a.x!), num(a.y!))));
  for (const name of ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh'] as const)
    f(name, 'x, /', (a) => domain(Math[name](num(a.x!))));
  f('atan2', 'y, x, /', (a) => Math.atan2(num(a.y!), num(a.x!)));
  f('hypot', '*coordinates', (a, ctx) => Math.hypot(...toArray(ctx, a.coordinates!).map(num)));
  f('degrees', 'x, /', (a) => (num(a.x!) * 180) / Math.PI);
  f('radians', 'x, /', (a) => (num(a.x!) * Math.PI) / 180);
  f('isnan', 'x, /', (a) => Number.isNaN(num(a.x!)));
  f('isinf', 'x, /', (a) => {
    const x = num(a.x!);
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  f('isfinite', 'x, /', (a) => Number.isFinite(num(a.x!)));
  f('isclose', 'a, b, *, rel_tol=1e-09, abs_tol=0.0', (a) => {
    const x = num(a.a!);
    const y = num(a.b!);
    if (x === y) return true;
    return Math.abs(x - y) <= Math.max(num(a.rel_tol!) * Math.max(Math.abs(x), Math.abs(y)), num(a.abs_tol!));
  });
  /** lo * (lo+1) * ... * hi, halving the range so the big multiplications are few and balanced. */
  function product(lo: bigint, hi: bigint): bigint {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) / 2n;
    return product(lo, mid) * product(mid + 1n, hi);
  }
  f('factorial', 'n, /', (a) => {
    if (typeof a.n !== 'bigint')
      throw pyError(C.TypeError, `'${typeName(a.n!)}' object cannot be interpreted as an integer`);
    if (a.n < 0n) throw pyError(C.ValueError, 'factorial() not defined for negative values');
    if (a.n > 0x7fffffffffffffffn)
      throw pyError(C.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
    // log2(n!) by Stirling, before any multiplying: past the simulator's integer cap it is the
    // MemoryError CPython would end in.
    const n = Number(a.n);
    if (n > 2) checkIntBits(Math.ceil((n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)) / Math.LN2));
    return product(1n, a.n);
  });
  f('gcd', '*integers', (a, ctx) => {
    let g = 0n;
    for (const v of toArray(ctx, a.integers!)) {
      let x = v as bigint;
      if (x < 0n) x = -x;
      while (x) [g, x] = [x, g % x];
    }
    return g;
  });
  f('comb', 'n, k, /', (a) => {
    const n = a.n as bigint;
    const k = a.k as bigint;
    if (k < 0n || k > n) return 0n;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  });
  f('perm', 'n, k=None, /', (a) => {
    const n = a.n as bigint;
    const k = a.k === null ? n : (a.k as bigint);
    if (k < 0n || k > n) return 0n;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return r;
  });
  f('prod', 'iterable, /, *, start=1', (a, ctx) => {
    let acc: bigint | number = a.start as bigint;
    for (const v of toArray(ctx, a.iterable!)) {
      if (typeof acc === 'bigint' && typeof v === 'bigint') acc *= v;
      else acc = num(acc) * num(v);
    }
    return acc;
  });
  f('fsum', 'seq, /', (a, ctx) =>
    toArray(ctx, a.seq!)
      .map(num)
      .reduce((x, y) => x + y, 0),
  );
};
