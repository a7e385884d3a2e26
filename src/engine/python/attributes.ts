// Attribute access with Python's rules: data descriptors (properties) first, then the instance's
// own attributes, then the class along its MRO (functions become bound methods), then
// `__getattr__`; modules, classes, functions and builtin values each have their special names.
import type { PyValue } from './values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyClassMethod,
  PyDict,
  PyException,
  PyFunction,
  PyList,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyTuple,
} from './values.ts';
import * as C from './classes.ts';
import { typeName, typeOf } from './classes.ts';
import { pyError } from './errors.ts';
import { hashKey } from './dict.ts';
import { toArray } from './ops.ts';
import type { Interpreter } from './interpreter.ts';
import { superClass } from './super.ts';

/** Attribute lookup; undefined when missing (hasattr/getattr with a default). */
export function findAttribute(interp: Interpreter, obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyObject) {
    if (obj.cls === superClass) return superAttr(interp, obj, name);
    const member = obj.cls.lookup(name);
    if (member instanceof PyProperty) return propertyGet(interp, member, obj);
    const own = obj.attrs.get(name);
    if (own !== undefined) return own;
    if (obj instanceof PyException) {
      if (name === 'args') return new PyTuple(obj.args);
      if (name === '__cause__') return obj.cause;
      if (name === '__context__') return obj.context;
      if (name === '__traceback__') return null;
      if (name === '__suppress_context__') return obj.suppressContext;
    }
    if (member !== undefined) return bindMember(member, obj, obj.cls);
    if (name === '__class__') return obj.cls;
    if (name === '__dict__') {
      const d = new PyDict();
      for (const [k, v] of obj.attrs) d.map.set(hashKey(k)!, [k, v]);
      return d;
    }
    const ga = obj.cls.lookup('__getattr__');
    if (ga !== undefined) return interp.callValue(ga, [obj, name], null);
    return undefined;
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (name === '__dict__') {
      const d = new PyDict();
      for (const [k, val] of obj.dict) d.map.set(hashKey(k)!, [k, val]);
      return d;
    }
    return undefined;
  }
  if (obj instanceof PyClass) {
    const member = obj.lookup(name);
    if (member !== undefined) {
      if (member instanceof PyStaticMethod) return member.fn;
      if (member instanceof PyClassMethod) return new PyBoundMethod(obj, member.fn as PyFunction);
      return member;
    }
    switch (name) {
      case '__name__':
      case '__qualname__':
        return obj.name;
      case '__module__':
        return obj.module;
      case '__mro__':
        return new PyTuple(obj.mro);
      case '__bases__':
        return new PyTuple(obj.bases);
      case '__doc__':
        return null;
      case '__class__':
        return C.typeClass;
    }
    const meta = C.typeClass.lookup(name);
    if (meta instanceof PyNativeFunction) return new PyBoundMethod(obj, meta);
    return undefined;
  }
  if (obj instanceof PyFunction || obj instanceof PyNativeFunction) {
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.qualname;
    if (name === '__module__') return obj instanceof PyFunction ? '__main__' : 'builtins';
    if (name === '__doc__') return obj instanceof PyFunction ? (obj.attrs.get('__doc__') ?? null) : null;
    if (obj instanceof PyFunction) {
      const v = obj.attrs.get(name);
      if (v !== undefined) return v;
    }
  }
  if (obj instanceof PyBoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.fn;
    if (name === '__name__') return obj.fn.name;
    if (name === '__qualname__') return obj.fn.qualname;
  }
  if ((obj instanceof PyDict || obj instanceof PyList) && obj.attrs) {
    const own = obj.attrs.get(name);
    if (own !== undefined) return own;
  }
  if (name === '__class__') return typeOf(obj);
  const cls = typeOf(obj);
  const member = cls.lookup(name);
  if (member instanceof PyProperty) return propertyGet(interp, member, obj);
  if (member !== undefined) return bindMember(member, obj, cls);
  return undefined;
}

function bindMember(member: PyValue, obj: PyValue, cls: PyClass): PyValue {
  if (member instanceof PyFunction || member instanceof PyNativeFunction) return new PyBoundMethod(obj, member);
  if (member instanceof PyStaticMethod) return member.fn;
  if (member instanceof PyClassMethod) return new PyBoundMethod(cls, member.fn as PyFunction);
  return member;
}

function propertyGet(interp: Interpreter, p: PyProperty, obj: PyValue): PyValue {
  if (typeof p.get === 'function') return p.get(obj, interp);
  return interp.callValue(p.get, [obj], null);
}

function superAttr(interp: Interpreter, sup: PyObject, name: string): PyValue | undefined {
  const { cls, self } = sup.payload as { cls: PyClass; self: PyValue };
  const startCls = self instanceof PyClass ? self : typeOf(self);
  const mro = startCls.mro;
  for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
    const m = mro[i]!.dict.get(name);
    if (m === undefined) continue;
    if (m instanceof PyProperty) return propertyGet(interp, m, self);
    return bindMember(m, self, startCls);
  }
  if (name === '__init__')
    return new PyNativeFunction(
      '__init__',
      { params: [], positionalOnly: 0 },
      () => null,
      () => null,
    );
  return undefined;
}

/** `obj.name = value`, honouring property setters and read-only builtins. */
export function setAttribute(interp: Interpreter, obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyObject) {
    const member = obj.cls.lookup(name);
    if (member instanceof PyProperty) {
      if (member.set === null)
        throw pyError(C.AttributeError, `property '${name}' of '${obj.cls.name}' object has no setter`);
      if (typeof member.set === 'function') member.set(obj, value, interp);
      else interp.callValue(member.set, [obj, value], null);
      return;
    }
    if (obj instanceof PyException && name === 'args') {
      obj.args = toArray(interp, value);
      return;
    }
    if (obj instanceof PyException && name === '__cause__') {
      obj.cause = value instanceof PyException ? value : null;
      obj.suppressContext = true;
      return;
    }
    obj.attrs.set(name, value);
    return;
  }
  if (obj instanceof PyClass) {
    if (obj.module === 'builtins')
      throw pyError(C.TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    if (obj.name === 'sys' && (name === 'stdout' || name === 'stderr')) {
      if (name === 'stdout') interp.stdoutTarget = value;
      else interp.stderrTarget = value;
    }
    return;
  }
  if (obj instanceof PyFunction) {
    obj.attrs.set(name, value);
    return;
  }
  if ((obj instanceof PyDict || obj instanceof PyList) && obj.subclass && obj.subclass.module !== 'collections') {
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  throw pyError(C.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
}
