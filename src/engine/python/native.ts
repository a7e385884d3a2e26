// The API native code (builtins, stdlib modules, the simulated `mlflow` package) uses to define
// Python functions, classes and modules in TypeScript. See ./README.md for a worked example.
import type { SimEnv, Stream, Tone } from '../env.ts';
import type { ClassMember, NativeImpl, PyValue } from './values.ts';
import { PyClass, PyModule, PyNativeFunction, PyObject, PyProperty, PyStaticMethod, PyClassMethod } from './values.ts';
import { parseSignature } from './signature.ts';
import type { ObjectIds } from './dict.ts';
import { objectClass } from './classes.ts';

/** Where the running Python code is: the innermost snippet frame's current line. */
export interface CallSite {
  readonly filename: string;
  readonly line: number;
  /** The source line, or null when unknown (the REPL's `<stdin>`). */
  readonly sourceLine: string | null;
}

/** What a native function can ask of the interpreter that called it. */
export interface NativeContext {
  readonly env: SimEnv;
  /** `id(x)` and object addresses, numbered per interpreter (./dict.ts). */
  readonly ids: ObjectIds;
  /** The line of Python code that made this call (stacklevel 1), or a caller's (2, 3...). */
  callSite(stacklevel?: number): CallSite;
  /** Writes to the program's stdout/stderr (capped, and honouring a redirected sys.stdout). */
  write(stream: Stream, text: string, tone?: Tone): void;
  /**
   * `warnings.warn(message, category, stacklevel)`: with the default filters a warning prints once
   * per (file, line, category, message) as `FILE:LINE: Category: message` plus the indented source
   * line. stacklevel 1 = the Python line that called this native function.
   */
  warn(category: PyClass, message: string, stacklevel?: number): void;
  /** Calls any Python callable (a key function, a class, a bound method). */
  call(fn: PyValue, args: PyValue[], kwargs?: Map<string, PyValue>): PyValue;
  repr(v: PyValue): string;
  str(v: PyValue): string;
  getattr(obj: PyValue, name: string): PyValue;
  /** Imports a module by dotted name (a builder may import its submodules). */
  importModule(name: string): PyModule;
  /**
   * Ends the run with the interpreter's TimeoutError once its wall-clock limit has passed: for
   * native work that is long in one call or many cheap ones (a 9M-character str.upper() in a
   * loop, the repr of a huge nested list), which the per-statement check sees too rarely.
   */
  checkClock(): void;
}

/**
 * A function with a real Python signature: `nativeFunction('MlflowClient.get_model_version',
 * 'self, name, version', (a, ctx) => ...)`. Binding errors read like CPython's
 * (`MlflowClient.get_model_version() missing 1 required positional argument: 'version'`).
 */
export function nativeFunction(qualname: string, signature: string, impl: NativeImpl): PyNativeFunction {
  const dot = qualname.lastIndexOf('.');
  const fn = new PyNativeFunction(dot < 0 ? qualname : qualname.slice(dot + 1), parseSignature(signature), impl);
  fn.qualname = qualname;
  return fn;
}

export interface NativeMethodSpec {
  /** Python signature including `self`, e.g. `'self, name, version, stage, archive_existing_versions=False'`. */
  readonly sig: string;
  readonly impl: NativeImpl;
  /** `'static'` for a @staticmethod, `'class'` for a @classmethod (first parameter gets the class). */
  readonly kind?: 'static' | 'class';
}

export interface NativeClassSpec {
  readonly name: string;
  /** `mlflow.exceptions` prints as `mlflow.exceptions.MlflowException` in a traceback. */
  readonly module: string;
  readonly bases?: PyClass[];
  /** Methods by name; dunders work too: `__init__`, `__repr__`, `__str__`, `__enter__`, `__exit__`, `__eq__`, `__iter__`, `__len__`, `__getitem__`. */
  readonly methods?: Record<string, NativeMethodSpec>;
  /** Read-only (or read-write) attributes computed from the instance: `version`, `current_stage`. */
  readonly properties?: Record<
    string,
    {
      get: (self: PyObject, ctx: NativeContext) => PyValue;
      set?: (self: PyObject, value: PyValue, ctx: NativeContext) => void;
    }
  >;
  /** Plain class attributes (constants). */
  readonly attributes?: Record<string, PyValue>;
}

/** Defines a class whose methods are TypeScript. Instances are PyObject; native data goes in `payload`. */
export function nativeClass(spec: NativeClassSpec): PyClass {
  const cls = new PyClass(spec.name, spec.module, spec.bases ?? [objectClass]);
  for (const [name, m] of Object.entries(spec.methods ?? {})) {
    const fn = nativeFunction(`${spec.name}.${name}`, m.sig, m.impl);
    const member: ClassMember =
      m.kind === 'static' ? new PyStaticMethod(fn) : m.kind === 'class' ? new PyClassMethod(fn) : fn;
    cls.dict.set(name, member);
  }
  for (const [name, p] of Object.entries(spec.properties ?? {})) {
    cls.dict.set(
      name,
      new PyProperty(
        (self, ctx) => p.get(self as PyObject, ctx),
        p.set ? (self, value, ctx) => p.set!(self as PyObject, value, ctx) : null,
      ),
    );
  }
  for (const [name, v] of Object.entries(spec.attributes ?? {})) cls.dict.set(name, v);
  return cls;
}

/** An instance of a native class carrying native data, without running `__init__`. */
export function newObject(cls: PyClass, payload?: unknown): PyObject {
  return new PyObject(cls, payload);
}

/** Builds a module's namespace on first import. `m.dict.set('MlflowClient', cls)`. */
export type ModuleBuilder = (m: PyModule, ctx: NativeContext) => void;

/**
 * The `import` table: dotted module name -> builder. Builders run once per interpreter, on first
 * import; importing `a.b.c` first imports `a` and `a.b` and binds each child as an attribute of
 * its parent (so `import mlflow.sklearn` makes `mlflow.sklearn` reachable).
 */
export class ModuleTable {
  readonly builders = new Map<string, ModuleBuilder>();
  define(name: string, build: ModuleBuilder): void {
    this.builders.set(name, build);
  }
  has(name: string): boolean {
    return this.builders.has(name);
  }
}
