// The builtin classes every value belongs to, and the exception hierarchy of CPython 3.11
// (Objects/exceptions.c). Methods are attached elsewhere (./builtins/*), so this file has no
// behaviour and can be imported by everything.
import type { PyValue } from './values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyFunction,
  PyIterator,
  PyList,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
} from './values.ts';

const b = (name: string, bases: PyClass[]) => new PyClass(name, 'builtins', bases);

export const objectClass = b('object', []);
export const typeClass = b('type', [objectClass]);
export const intClass = b('int', [objectClass]);
export const boolClass = b('bool', [intClass]);
export const floatClass = b('float', [objectClass]);
export const strClass = b('str', [objectClass]);
export const noneClass = b('NoneType', [objectClass]);
export const listClass = b('list', [objectClass]);
export const tupleClass = b('tuple', [objectClass]);
export const dictClass = b('dict', [objectClass]);
export const setClass = b('set', [objectClass]);
export const frozensetClass = b('frozenset', [objectClass]);
export const rangeClass = b('range', [objectClass]);
export const sliceClass = b('slice', [objectClass]);
export const functionClass = b('function', [objectClass]);
export const builtinFunctionClass = b('builtin_function_or_method', [objectClass]);
export const methodClass = b('method', [objectClass]);
export const moduleClass = b('module', [objectClass]);
export const propertyClass = b('property', [objectClass]);
export const staticmethodClass = b('staticmethod', [objectClass]);
export const classmethodClass = b('classmethod', [objectClass]);

const iteratorClasses = new Map<string, PyClass>();
/** `list_iterator`, `generator`, `map`, `zip`... share behaviour; only the name differs. */
export function iteratorClass(name: string): PyClass {
  let c = iteratorClasses.get(name);
  if (!c) iteratorClasses.set(name, (c = b(name, [objectClass])));
  return c;
}

export const BaseException = b('BaseException', [objectClass]);
export const SystemExit = b('SystemExit', [BaseException]);
export const KeyboardInterrupt = b('KeyboardInterrupt', [BaseException]);
export const GeneratorExit = b('GeneratorExit', [BaseException]);
export const Exception = b('Exception', [BaseException]);
export const StopIteration = b('StopIteration', [Exception]);
export const ArithmeticError = b('ArithmeticError', [Exception]);
export const ZeroDivisionError = b('ZeroDivisionError', [ArithmeticError]);
export const OverflowError = b('OverflowError', [ArithmeticError]);
export const AssertionError = b('AssertionError', [Exception]);
export const AttributeError = b('AttributeError', [Exception]);
export const EOFError = b('EOFError', [Exception]);
export const ImportError = b('ImportError', [Exception]);
export const ModuleNotFoundError = b('ModuleNotFoundError', [ImportError]);
export const LookupError = b('LookupError', [Exception]);
export const IndexError = b('IndexError', [LookupError]);
export const KeyError = b('KeyError', [LookupError]);
export const NameError = b('NameError', [Exception]);
export const MemoryError = b('MemoryError', [Exception]);
export const UnboundLocalError = b('UnboundLocalError', [NameError]);
export const OSError = b('OSError', [Exception]);
export const TimeoutError = b('TimeoutError', [OSError]);
export const FileNotFoundError = b('FileNotFoundError', [OSError]);
export const RuntimeError = b('RuntimeError', [Exception]);
export const NotImplementedError = b('NotImplementedError', [RuntimeError]);
export const RecursionError = b('RecursionError', [RuntimeError]);
export const SyntaxError = b('SyntaxError', [Exception]);
export const IndentationError = b('IndentationError', [SyntaxError]);
export const TypeError = b('TypeError', [Exception]);
export const ValueError = b('ValueError', [Exception]);
export const UnicodeError = b('UnicodeError', [ValueError]);
export const Warning = b('Warning', [Exception]);
export const UserWarning = b('UserWarning', [Warning]);
export const DeprecationWarning = b('DeprecationWarning', [Warning]);
export const PendingDeprecationWarning = b('PendingDeprecationWarning', [Warning]);
export const FutureWarning = b('FutureWarning', [Warning]);
export const RuntimeWarning = b('RuntimeWarning', [Warning]);
export const SyntaxWarning = b('SyntaxWarning', [Warning]);

/** Every builtin exception class by name, for the builtins namespace. */
export const exceptionClasses: readonly PyClass[] = [
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  ArithmeticError,
  ZeroDivisionError,
  OverflowError,
  AssertionError,
  AttributeError,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  LookupError,
  IndexError,
  KeyError,
  NameError,
  MemoryError,
  UnboundLocalError,
  OSError,
  TimeoutError,
  FileNotFoundError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  SyntaxError,
  IndentationError,
  TypeError,
  ValueError,
  UnicodeError,
  Warning,
  UserWarning,
  DeprecationWarning,
  PendingDeprecationWarning,
  FutureWarning,
  RuntimeWarning,
  SyntaxWarning,
];

/** `type(v)`. */
export function typeOf(v: PyValue): PyClass {
  switch (typeof v) {
    case 'string':
      return strClass;
    case 'bigint':
      return intClass;
    case 'number':
      return floatClass;
    case 'boolean':
      return boolClass;
  }
  if (v === null) return noneClass;
  if (v instanceof PyObject) return v.cls;
  if (v instanceof PyList) return v.subclass ?? listClass;
  if (v instanceof PyTuple) return v.named ?? tupleClass;
  if (v instanceof PyDict) return v.subclass ?? dictClass;
  if (v instanceof PySet) return v.frozen ? frozensetClass : setClass;
  if (v instanceof PyFunction) return functionClass;
  if (v instanceof PyNativeFunction) return builtinFunctionClass;
  if (v instanceof PyBoundMethod) return v.fn instanceof PyNativeFunction ? builtinFunctionClass : methodClass;
  if (v instanceof PyClass) return typeClass;
  if (v instanceof PyModule) return moduleClass;
  if (v instanceof PyRange) return rangeClass;
  if (v instanceof PySlice) return sliceClass;
  if (v instanceof PyIterator) return iteratorClass(v.typeName);
  if (v instanceof PyProperty) return propertyClass;
  if (v instanceof PyStaticMethod) return staticmethodClass;
  if (v instanceof PyClassMethod) return classmethodClass;
  return objectClass;
}

/** The class name as error messages quote it: `'NoneType' object has no attribute ...`. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
