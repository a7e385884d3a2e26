// Calls: the call expression (arguments, `*`/`**` spreading, zero-argument super(), the
// namespace readers), and callValue, which hands each callable kind to the code that owns its
// call: native functions here, user functions in ./functions.ts, classes in ./classes.ts.
import type { Arg, Expr } from '../ast.ts';
import type { Interpreter } from '../interpreter.ts';
import type { Scope } from '../scope.ts';
import type { PyValue } from '../values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyFunction,
  PyList,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyRaise,
  PyStaticMethod,
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName, typeOf } from '../classes.ts';
import { hashKey } from '../dict.ts';
import { pyError } from '../errors.ts';
import { toArray } from '../ops.ts';
import { BindError, bind } from '../signature.ts';
import { superClass } from '../super.ts';

/** Builtins that read the caller's namespace, so the evaluator answers them itself. */
const SCOPE_READERS = new Set(['globals', 'locals', 'vars', 'dir']);

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const callMethods = {
  callValue(this: Interpreter, fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    if (fn instanceof PyNativeFunction) return this.callNative(fn, args, kwargs);
    if (fn instanceof PyFunction) return this.callFunction(fn, args, kwargs);
    if (fn instanceof PyBoundMethod) {
      const all = [fn.self, ...args];
      return fn.fn instanceof PyNativeFunction
        ? this.callNative(fn.fn, all, kwargs)
        : this.callFunction(fn.fn, all, kwargs);
    }
    if (fn instanceof PyClass) return this.instantiate(fn, args, kwargs);
    if (fn instanceof PyObject) {
      const m = fn.cls.lookup('__call__');
      if (m !== undefined) return this.callValue(m, [fn, ...args], kwargs);
    }
    if (fn instanceof PyStaticMethod) return this.callValue(fn.fn, args, kwargs);
    throw pyError(C.TypeError, `'${typeName(fn)}' object is not callable`);
  },

  callNative(this: Interpreter, fn: PyNativeFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    if (fn.raw) return fn.raw(args, kwargs, this);
    let bound: PyValue[];
    try {
      bound = bind(fn.qualname, fn.signature, args, kwargs);
    } catch (e) {
      if (e instanceof BindError) throw pyError(C.TypeError, fn.cStyle ? cStyleBindError(fn, args, kwargs) : e.message);
      throw e;
    }
    const record: Record<string, PyValue> = {};
    const params = fn.signature.params;
    for (let i = 0; i < params.length; i++) record[params[i]!.name] = bound[i]!;
    return fn.impl(record, this);
  },

  evalArgs(
    this: Interpreter,
    argNodes: readonly Arg[],
    scope: Scope,
  ): { args: PyValue[]; kwargs: Map<string, PyValue> | null } {
    const args: PyValue[] = [];
    let kwargs: Map<string, PyValue> | null = null;
    for (const a of argNodes) {
      switch (a.kind) {
        case 'pos':
          args.push(this.evalExpr(a.value, scope));
          break;
        case 'star': {
          const v = this.evalExpr(a.value, scope);
          let items: PyValue[];
          try {
            items = toArray(this, v);
          } catch (e) {
            if (e instanceof PyRaise && e.exc.cls === C.TypeError && !(v instanceof PyObject))
              throw pyError(C.TypeError, `Value after * must be an iterable, not ${typeName(v)}`);
            throw e;
          }
          args.push(...items);
          break;
        }
        case 'kw':
          kwargs ??= new Map();
          if (kwargs.has(a.name)) throw pyError(C.SyntaxError, `keyword argument repeated: ${a.name}`);
          kwargs.set(a.name, this.evalExpr(a.value, scope));
          break;
        case 'dstar': {
          const v = this.evalExpr(a.value, scope);
          if (!(v instanceof PyDict))
            throw pyError(C.TypeError, `argument after ** must be a mapping, not ${typeName(v)}`);
          kwargs ??= new Map();
          for (const [k, val] of v.map.values()) {
            if (typeof k !== 'string') throw pyError(C.TypeError, 'keywords must be strings');
            if (kwargs.has(k)) throw pyError(C.TypeError, `got multiple values for keyword argument '${k}'`);
            kwargs.set(k, val);
          }
          break;
        }
      }
    }
    return { args, kwargs };
  },

  evalCall(this: Interpreter, e: Extract<Expr, { type: 'Call' }>, scope: Scope): PyValue {
    const f = e.func;
    // zero-argument super(): the class that defined the running method, and its first argument.
    if (f.type === 'Name' && f.id === 'super' && e.args.length === 0 && scope.kind === 'function') {
      const cls = scope.vars.get('__class__');
      const first = [...scope.info!.locals][0];
      const self = first !== undefined ? scope.vars.get(first) : undefined;
      if (!(cls instanceof PyClass) || self === undefined) throw pyError(C.RuntimeError, 'super(): no arguments');
      const sup = new PyObject(superClass, { cls, self });
      return sup;
    }
    if (f.type === 'Name' && e.args.length === 0 && SCOPE_READERS.has(f.id)) {
      const v = this.lookup(f.id, scope);
      if (v === this.builtins.get(f.id)) return this.readScope(f.id, scope);
    }
    let fn: PyValue;
    let self: PyValue | undefined;
    if (f.type === 'Attribute') {
      const obj = this.evalExpr(f.obj, scope);
      // Fast path for methods of builtin values: no bound-method object.
      if (!(obj instanceof PyObject) && !(obj instanceof PyClass) && !(obj instanceof PyModule)) {
        const m = typeOf(obj).lookup(f.name);
        if (m instanceof PyNativeFunction) {
          fn = m;
          self = obj;
        } else fn = this.getattrAt(obj, f.name, f);
      } else fn = this.getattrAt(obj, f.name, f);
    } else fn = this.evalExpr(f, scope);
    const { args, kwargs } = this.evalArgs(e.args, scope);
    const frame = this.currentFrame();
    frame.line = e.line;
    if (self !== undefined) {
      args.unshift(self);
      return this.callNative(fn as PyNativeFunction, args, kwargs);
    }
    if (fn instanceof PyFunction) return this.callFunction(fn, args, kwargs);
    return this.callValue(fn, args, kwargs);
  },

  /** `globals()`, `locals()`, `vars()`, `dir()` with no argument: a snapshot of the caller's names. */
  readScope(this: Interpreter, name: string, scope: Scope): PyValue {
    let local: Scope = scope;
    while (local.kind === 'comprehension' && local.parent) local = local.parent;
    const source = name === 'globals' ? scope.globals : local;
    if (name === 'dir') return new PyList([...source.vars.keys()].sort());
    const d = new PyDict();
    for (const [k, v] of source.vars) d.map.set(hashKey(k)!, [k, v]);
    return d;
  },
};

/** Argument errors of C-implemented methods (Objects/methodobject.c, Python/getargs.c). */
function cStyleBindError(fn: PyNativeFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): string {
  const params = fn.signature.params.slice(1);
  const given = args.length - 1;
  if (
    kwargs &&
    kwargs.size &&
    !params.some((p) => p.kind === 'keyword-only' || p.kind === 'varkw' || fn.signature.positionalOnly === 0)
  )
    return `${fn.qualname}() takes no keyword arguments`;
  const positional = params.filter((p) => p.kind === 'positional');
  const required = positional.filter((p) => !p.hasDefault).length;
  if (positional.length === 0 && params.length > 0 && params.every((p) => p.kind === 'keyword-only') && given > 0)
    return `${fn.name}() takes no positional arguments`;
  if (positional.length === 0 && !params.some((p) => p.kind === 'varargs'))
    return `${fn.qualname}() takes no arguments (${given} given)`;
  if (positional.length === 1 && required === 1) return `${fn.qualname}() takes exactly one argument (${given} given)`;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (given < required) return `${fn.name} expected at least ${required} argument${s(required)}, got ${given}`;
  return `${fn.name} expected at most ${positional.length} argument${s(positional.length)}, got ${given}`;
}
