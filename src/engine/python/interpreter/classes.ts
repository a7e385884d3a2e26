// Classes: the `class` statement (its body runs in a class namespace and frame) and calling a
// class: instantiation through a builtin's constructor, `__init__`, and subclasses of dict/list.
import type { Stmt } from '../ast.ts';
import type { Frame, Interpreter } from '../interpreter.ts';
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import {
  PyClass,
  PyClassMethod,
  PyDict,
  PyException,
  PyFunction,
  PyList,
  PyObject,
  PyProperty,
  PyStaticMethod,
} from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { Scope } from '../scope.ts';
import { BREAK, CONTINUE, type Signal } from './signals.ts';

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const classMethods = {
  classDef(this: Interpreter, s: Extract<Stmt, { type: 'ClassDef' }>, scope: Scope, frame: Frame): void {
    const { args, kwargs } = this.evalArgs(s.bases, scope);
    if (kwargs && kwargs.size)
      throw pyError(
        C.NotImplementedError,
        'class keyword arguments (metaclass=...) are not supported in this simulator',
      );
    const bases: PyClass[] = [];
    for (const b of args) {
      if (!(b instanceof PyClass)) throw pyError(C.TypeError, 'bases must be types');
      bases.push(b);
    }
    const ns = new Scope(scope, 'class', null, scope.globals);
    ns.vars.set('__module__', '__main__');
    ns.vars.set('__qualname__', s.name);
    if (s.docstring !== null) ns.vars.set('__doc__', s.docstring);
    const classFrame: Frame = { filename: frame.filename, name: s.name, lines: frame.lines, line: s.line };
    this.frames.push(classFrame);
    let sig: Signal;
    try {
      sig = this.execBlock(s.body, ns, classFrame);
    } catch (e) {
      this.unwind(e, classFrame);
      throw e;
    } finally {
      this.frames.pop();
    }
    if (sig !== undefined && sig !== BREAK && sig !== CONTINUE)
      throw pyError(C.SyntaxError, "'return' outside function");
    const cls = new PyClass(s.name, '__main__', bases.length ? bases : [C.objectClass]);
    // Defining __eq__ without __hash__ makes instances unhashable (typeobject.c, inherit_slots).
    if (ns.vars.has('__eq__') && !ns.vars.has('__hash__')) cls.dict.set('__hash__', null);
    for (const [k, v] of ns.vars) {
      cls.dict.set(k, v);
      const fn = v instanceof PyStaticMethod || v instanceof PyClassMethod ? v.fn : v instanceof PyProperty ? v.get : v;
      if (fn instanceof PyFunction && fn.ownerClass === null) {
        fn.ownerClass = cls;
        fn.qualname = `${s.name}.${fn.name}`;
      }
      if (v instanceof PyProperty && v.set instanceof PyFunction && v.set.ownerClass === null) v.set.ownerClass = cls;
    }
    let value: PyValue = cls;
    for (let i = s.decorators.length - 1; i >= 0; i--) {
      const node = s.decorators[i]!;
      frame.line = node.line;
      value = this.applyDecorator(this.evalExpr(node, scope), value, node);
    }
    this.assignName(s.name, value, scope);
  },

  instantiate(this: Interpreter, cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    for (const c of cls.mro) {
      if (c.call) {
        if (c === cls || (c !== C.dictClass && c !== C.listClass)) return c.call(cls, args, kwargs, this);
        return this.builtinSubclassInstance(cls, c, args, kwargs);
      }
      if (c.construct) break;
    }
    let obj: PyValue;
    if (cls.isSubclassOf(C.BaseException)) obj = new PyException(cls, [...args]);
    else {
      let construct: ((cls: PyClass, ctx: NativeContext) => PyValue) | null = null;
      for (const c of cls.mro) {
        if (c.construct) {
          construct = c.construct;
          break;
        }
      }
      obj = construct ? construct(cls, this) : new PyObject(cls);
    }
    const init = cls.lookup('__init__');
    if (init !== undefined) {
      const r = this.callValue(init as PyValue, [obj, ...args], kwargs);
      if (r !== null) throw pyError(C.TypeError, `__init__() should return None, not '${typeName(r)}'`);
    } else if ((args.length || (kwargs && kwargs.size)) && !cls.isSubclassOf(C.BaseException)) {
      throw pyError(C.TypeError, `${cls.name}() takes no arguments`);
    }
    return obj;
  },

  /** `class Registry(dict)`: a real dict (or list) that reports the subclass and runs its __init__. */
  builtinSubclassInstance(
    this: Interpreter,
    cls: PyClass,
    base: PyClass,
    args: PyValue[],
    kwargs: Map<string, PyValue> | null,
  ): PyValue {
    const obj = base === C.dictClass ? new PyDict() : new PyList();
    obj.subclass = cls;
    if (obj instanceof PyDict) {
      const missing = cls.lookup('__missing__');
      if (missing !== undefined) obj.missing = (k) => this.callValue(missing, [obj, k], null);
    }
    const init = cls.lookup('__init__');
    if (init !== undefined) {
      const r = this.callValue(init, [obj, ...args], kwargs);
      if (r !== null) throw pyError(C.TypeError, `__init__() should return None, not '${typeName(r)}'`);
    }
    return obj;
  },
};
