// The methods of set and frozenset (Objects/setobject.c): the operators' named forms, updates in
// place, comparisons. Installed once by ./types.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyTuple, PySet } from '../values.ts';
import * as C from '../classes.ts';
import { pyError } from '../errors.ts';
import { toArray } from '../ops.ts';
import { hashableKey, method, newSet } from './type-helpers.ts';

export function installSetMethods(): void {
  for (const S of [C.setClass, C.frozensetClass]) {
    const sself = (a: Record<string, PyValue>) => a.self as PySet;
    const asSet = (ctx: NativeContext, v: PyValue) => (v instanceof PySet ? v : newSet(ctx, toArray(ctx, v), false));
    const combine = (name: string, op: (a: PySet, b: PySet) => PySet) =>
      method(S, name, 'self, *others', (a, ctx) => {
        let acc = sself(a);
        for (const o of (a.others as PyTuple).items) acc = op(acc, asSet(ctx, o));
        const out = newSet(ctx, [...acc.map.values()], sself(a).frozen);
        return out;
      });
    combine('union', (x, y) => newSet(null as never, [...x.map.values(), ...y.map.values()], false));
    combine('intersection', (x, y) =>
      newSet(
        null as never,
        [...x.map.entries()].filter(([k]) => y.map.has(k)).map(([, v]) => v),
        false,
      ),
    );
    combine('difference', (x, y) =>
      newSet(
        null as never,
        [...x.map.entries()].filter(([k]) => !y.map.has(k)).map(([, v]) => v),
        false,
      ),
    );
    method(S, 'symmetric_difference', 'self, other, /', (a, ctx) => {
      const x = sself(a);
      const y = asSet(ctx, a.other!);
      const items = [...x.map.entries()].filter(([k]) => !y.map.has(k)).map(([, v]) => v);
      items.push(...[...y.map.entries()].filter(([k]) => !x.map.has(k)).map(([, v]) => v));
      return newSet(ctx, items, x.frozen);
    });
    method(S, 'issubset', 'self, other, /', (a, ctx) => {
      const y = asSet(ctx, a.other!);
      return [...sself(a).map.keys()].every((k) => y.map.has(k));
    });
    method(S, 'issuperset', 'self, other, /', (a, ctx) => {
      const y = asSet(ctx, a.other!);
      return [...y.map.keys()].every((k) => sself(a).map.has(k));
    });
    method(S, 'isdisjoint', 'self, other, /', (a, ctx) => {
      const y = asSet(ctx, a.other!);
      return ![...y.map.keys()].some((k) => sself(a).map.has(k));
    });
    method(S, 'copy', 'self', (a, ctx) => newSet(ctx, [...sself(a).map.values()], sself(a).frozen));
  }
  const S = C.setClass;
  const sself = (a: Record<string, PyValue>) => a.self as PySet;
  method(S, 'add', 'self, element, /', (a) => {
    const k = hashableKey(a.element!);
    if (!sself(a).map.has(k)) sself(a).map.set(k, a.element!);
    return null;
  });
  method(S, 'remove', 'self, element, /', (a) => {
    if (!sself(a).map.delete(hashableKey(a.element!))) throw pyError(C.KeyError, a.element!);
    return null;
  });
  method(S, 'discard', 'self, element, /', (a) => {
    sself(a).map.delete(hashableKey(a.element!));
    return null;
  });
  method(S, 'pop', 'self', (a) => {
    const first = sself(a).map.entries().next();
    if (first.done) throw pyError(C.KeyError, 'pop from an empty set');
    sself(a).map.delete(first.value[0]);
    return first.value[1];
  });
  method(S, 'clear', 'self', (a) => {
    sself(a).map.clear();
    return null;
  });
  method(S, 'update', 'self, *others', (a, ctx) => {
    for (const o of (a.others as PyTuple).items)
      for (const v of toArray(ctx, o)) {
        const k = hashableKey(v);
        if (!sself(a).map.has(k)) sself(a).map.set(k, v);
      }
    return null;
  });
}
