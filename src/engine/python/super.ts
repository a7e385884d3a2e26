// The builtin `super` class. Only the explicit form super(Class, obj) is answered here; the
// zero-argument form needs the running method's class and first argument, which only the
// evaluator knows (./interpreter/calls.ts, evalCall). Attribute lookup through a super object
// is in ./attributes.ts.
import { PyClass, PyObject } from './values.ts';
import * as C from './classes.ts';
import { typeName, typeOf } from './classes.ts';
import { pyError } from './errors.ts';

export const superClass = new PyClass('super', 'builtins', [C.objectClass]);

superClass.call = (_cls, args) => {
  if (args.length === 0) throw pyError(C.RuntimeError, 'super(): no arguments');
  const [cls, self] = args;
  if (!(cls instanceof PyClass)) throw pyError(C.TypeError, `super() argument 1 must be a type, not ${typeName(cls!)}`);
  if (self === undefined) throw pyError(C.NotImplementedError, 'unbound super() is not supported in this simulator');
  const selfCls = self instanceof PyClass ? self : typeOf(self);
  if (!selfCls.isSubclassOf(cls))
    throw pyError(C.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return new PyObject(superClass, { cls, self });
};
