// `random` (minimal): a seeded generator. Its numbers are not CPython's Mersenne Twister
// sequence, so lessons must not show specific random values as expected output.
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyList, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { len, toArray } from '../ops.ts';

export const buildRandom: ModuleBuilder = (m, ctx) => {
  let state = ctx.env.sources.ids.pid() >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: bigint): bigint => BigInt(Math.floor(next() * Number(n)));
  const f = (name: string, sig: string, impl: (a: Record<string, PyValue>) => PyValue) =>
    m.dict.set(name, nativeFunction(name, sig, impl));
  f('seed', 'a=None, version=2', (a) => {
    const k = hashKey(a.a!) ?? '';
    let h = 2166136261;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 16777619);
    state = h >>> 0;
    return null;
  });
  f('random', '', () => next());
  f('uniform', 'a, b', (a) => {
    const lo = Number(a.a);
    const hi = Number(a.b);
    return lo + (hi - lo) * next();
  });
  f('randint', 'a, b', (a) => {
    const lo = a.a as bigint;
    const hi = a.b as bigint;
    if (hi < lo) throw pyError(C.ValueError, `empty range in randrange(${lo}, ${hi + 1n})`);
    return lo + below(hi - lo + 1n);
  });
  f('randrange', 'start, stop=None, step=1', (a) => {
    const [lo, hi] = a.stop === null ? [0n, a.start as bigint] : [a.start as bigint, a.stop as bigint];
    const step = a.step as bigint;
    const n = (hi - lo + step - (step > 0n ? 1n : -1n)) / step;
    if (n <= 0n) throw pyError(C.ValueError, `empty range in randrange(${lo}, ${hi})`);
    return lo + step * below(n);
  });
  m.dict.set(
    'choice',
    nativeFunction('choice', 'seq', (a, c) => {
      const items = toArray(c, a.seq!);
      if (items.length === 0) throw pyError(C.IndexError, 'Cannot choose from an empty sequence');
      return items[Math.floor(next() * items.length)]!;
    }),
  );
  m.dict.set(
    'shuffle',
    nativeFunction('shuffle', 'x', (a) => {
      const l = a.x as PyList;
      for (let i = l.items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [l.items[i], l.items[j]] = [l.items[j]!, l.items[i]!];
      }
      return null;
    }),
  );
  m.dict.set(
    'sample',
    nativeFunction('sample', 'population, k, *, counts=None', (a, c) => {
      const items = toArray(c, a.population!);
      const k = Number(a.k as bigint);
      if (k < 0 || k > items.length) throw pyError(C.ValueError, 'Sample larger than population or is negative');
      const out: PyValue[] = [];
      for (let i = 0; i < k; i++) out.push(items.splice(Math.floor(next() * items.length), 1)[0]!);
      return new PyList(out);
    }),
  );
  m.dict.set(
    'choices',
    nativeFunction('choices', 'population, weights=None, *, cum_weights=None, k=1', (a, c) => {
      const items = toArray(c, a.population!);
      void len;
      return new PyList(Array.from({ length: Number(a.k as bigint) }, () => items[Math.floor(next() * items.length)]!));
    }),
  );
  void PyTuple;
};
