// repr() and str() of every value, CPython's way: containers with recursion guards, object
// addresses from the interpreter's ids, exceptions. The text rules of str and float themselves
// are ../../python-text/repr.ts. Imported through ../ops.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
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
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { setIterationOrder } from '../dict.ts';
import { floatRepr, strRepr } from '../../python-text/repr.ts';
import { checkText, intToDecimal } from '../costs.ts';
import { ellipsisValue, notImplementedValue, order } from './compare.ts';

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
