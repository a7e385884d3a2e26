// The value model of the Python subset. Python values are plain JS values where one exists, so
// native code (the `mlflow` package, builtins) reads and builds them without wrappers:
//
//   None -> null     bool -> boolean     int -> bigint (exact, any size)     float -> number
//   str  -> string   everything else -> an instance of one of the classes below.
//
// Every value has a Python class (`typeOf` in ./types.ts); attribute lookup, repr and operators
// dispatch on it, so a native class behaves like a Python class written in the snippet.
import type { Signature } from './signature.ts';
import type { NativeContext } from './native.ts';

export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PyList
  | PyTuple
  | PyDict
  | PySet
  | PyRange
  | PySlice
  | PyIterator
  | PyCallable
  | PyClass
  | PyObject
  | PyModule
  | PyProperty
  | PyStaticMethod
  | PyClassMethod;

export type PyCallable = PyFunction | PyNativeFunction | PyBoundMethod;

export class PyList {
  items: PyValue[];
  /** A snippet class deriving from list: the class it reports as; null for a plain list. */
  subclass: PyClass | null = null;
  /** Instance attributes of such a subclass instance (`self.name = ...`). */
  attrs: Map<string, PyValue> | null = null;
  constructor(items: PyValue[] = []) {
    this.items = items;
  }
}

export class PyTuple {
  readonly items: readonly PyValue[];
  /** A namedtuple's class (collections.namedtuple); null for a plain tuple. */
  named: PyClass | null = null;
  constructor(items: readonly PyValue[]) {
    this.items = items;
  }
}

/** An insertion-ordered dict. Keys are hashed by `hashKey` (./dict.ts): 1, 1.0 and True are one key. */
export class PyDict {
  readonly map = new Map<string, [PyValue, PyValue]>();
  /** defaultdict / Counter / OrderedDict: the subclass it reports as; null for a plain dict. */
  subclass: PyClass | null = null;
  /** `__missing__`: what `d[key]` does for an absent key (defaultdict inserts, Counter answers 0). */
  missing: ((key: PyValue) => PyValue) | null = null;
  /** defaultdict's default_factory (shown in its repr). */
  factory: PyValue = null;
  /** Instance attributes of a snippet subclass instance (`self.name = ...`). */
  attrs: Map<string, PyValue> | null = null;
}

export class PySet {
  readonly map = new Map<string, PyValue>();
  frozen = false;
}

export class PyRange {
  readonly start: bigint;
  readonly stop: bigint;
  readonly step: bigint;
  constructor(start: bigint, stop: bigint, step: bigint) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

export class PySlice {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** Any Python iterator (list_iterator, generator expression, map, zip...): a JS iterator underneath. */
export class PyIterator {
  readonly typeName: string;
  readonly next: () => IteratorResult<PyValue>;
  constructor(typeName: string, next: () => IteratorResult<PyValue>) {
    this.typeName = typeName;
    this.next = next;
  }
}

/**
 * A function implemented in TypeScript. `call` receives the arguments already bound to its
 * Python signature (see ./signature.ts): `args.name`, `args.version`... (`*args` as a PyTuple,
 * `**kwargs` as a PyDict, under their own names).
 */
export type NativeImpl = (args: Record<string, PyValue>, ctx: NativeContext) => PyValue;

export class PyNativeFunction {
  readonly name: string;
  /** Shown in error messages: `MlflowClient.transition_model_version_stage`. */
  qualname: string;
  /** A builtin type's method: argument errors use C's wording (`takes no arguments (1 given)`). */
  cStyle = false;
  readonly signature: Signature;
  readonly impl: NativeImpl;
  /** Fast path for hot builtins: receives raw positional values and skips binding. */
  readonly raw: ((args: PyValue[], kwargs: Map<string, PyValue> | null, ctx: NativeContext) => PyValue) | null;
  constructor(
    name: string,
    signature: Signature,
    impl: NativeImpl,
    raw: ((args: PyValue[], kwargs: Map<string, PyValue> | null, ctx: NativeContext) => PyValue) | null = null,
  ) {
    this.name = name;
    this.qualname = name;
    this.signature = signature;
    this.impl = impl;
    this.raw = raw;
  }
}

/** A function defined by `def` or `lambda` in a snippet. The evaluator owns `code` and `closure`. */
export class PyFunction {
  readonly name: string;
  qualname: string;
  readonly signature: Signature;
  readonly code: unknown;
  readonly closure: unknown;
  readonly globals: unknown;
  readonly attrs = new Map<string, PyValue>();
  /** The class whose body defined this function (for zero-argument `super()`). */
  ownerClass: PyClass | null = null;
  constructor(name: string, qualname: string, signature: Signature, code: unknown, closure: unknown, globals: unknown) {
    this.name = name;
    this.qualname = qualname;
    this.signature = signature;
    this.code = code;
    this.closure = closure;
    this.globals = globals;
  }
}

export class PyBoundMethod {
  readonly self: PyValue;
  readonly fn: PyFunction | PyNativeFunction;
  constructor(self: PyValue, fn: PyFunction | PyNativeFunction) {
    this.self = self;
    this.fn = fn;
  }
}

/** A property on a class (`@property` in Python, or a native getter/setter). */
export class PyProperty {
  readonly get: PyValue | ((self: PyValue, ctx: NativeContext) => PyValue);
  readonly set: PyValue | ((self: PyValue, value: PyValue, ctx: NativeContext) => void) | null;
  constructor(
    get: PyValue | ((self: PyValue, ctx: NativeContext) => PyValue),
    set: PyValue | ((self: PyValue, value: PyValue, ctx: NativeContext) => void) | null = null,
  ) {
    this.get = get;
    this.set = set;
  }
}

/** `@staticmethod` / `@classmethod` wrappers found in a class dict. */
export class PyStaticMethod {
  readonly fn: PyValue;
  constructor(fn: PyValue) {
    this.fn = fn;
  }
}
export class PyClassMethod {
  readonly fn: PyValue;
  constructor(fn: PyValue) {
    this.fn = fn;
  }
}

/** What a class dict may hold (properties and static/class methods are values too). */
export type ClassMember = PyValue;

/**
 * A Python class: builtin (int, str, Exception), native (MlflowClient) or defined in a snippet.
 * `module` decides how an exception prints in a traceback: `builtins` and `__main__` print the
 * bare name (`ValueError: x`), others the dotted path (`mlflow.exceptions.MlflowException: x`).
 */
export class PyClass {
  readonly name: string;
  readonly module: string;
  readonly bases: PyClass[];
  readonly mro: PyClass[];
  readonly dict = new Map<string, ClassMember>();
  /** Native classes: build a fresh instance (`cls(...)` calls this, then `__init__`). */
  construct: ((cls: PyClass, ctx: NativeContext) => PyValue) | null = null;
  /** Builtin types whose call is a conversion (`int("3")`, `str(x)`): replaces construct+__init__. */
  call: ((cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue> | null, ctx: NativeContext) => PyValue) | null =
    null;
  constructor(name: string, module: string, bases: PyClass[]) {
    this.name = name;
    this.module = module;
    this.bases = bases;
    this.mro = computeMro(this, bases);
  }
  /** Looks a name up along the MRO. */
  lookup(name: string): ClassMember | undefined {
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubclassOf(other: PyClass): boolean {
    return this.mro.includes(other);
  }
}

function computeMro(cls: PyClass, bases: PyClass[]): PyClass[] {
  // C3 linearisation, enough for the single and simple multiple inheritance snippets use.
  const seqs = bases.map((b) => [...b.mro]).concat([[...bases]]);
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyClass | undefined;
    for (const s of nonEmpty) {
      const cand = s[0]!;
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) return out.concat(nonEmpty.flat().filter((c, i, a) => a.indexOf(c) === i && !out.includes(c)));
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** An instance of a snippet-defined or native class. `payload` holds native data (e.g. a ModelVersion). */
export class PyObject {
  readonly cls: PyClass;
  readonly attrs = new Map<string, PyValue>();
  payload: unknown;
  constructor(cls: PyClass, payload: unknown = undefined) {
    this.cls = cls;
    this.payload = payload;
  }
}

/** One line of a traceback: `File "<snippet>", line 3, in f`. */
export interface TracebackEntry {
  readonly filename: string;
  readonly line: number;
  /** 0-based column of the failing expression on `line` (for editor markers). */
  readonly col: number;
  readonly name: string;
  /** The source line as written, or null when unknown (the REPL's `<stdin>`). */
  readonly sourceLine: string | null;
  /** CPython 3.11's position markers under the line (`~^~`, `^^^^`), or null when none are shown. */
  readonly carets: string | null;
}

/** Where in the current frame an exception happened; claimed by the innermost failing node. */
export interface ErrorSpot {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Binary operator or subscript anchors (columns on `line`) for `~^~` markers. */
  readonly anchor: readonly [number, number] | null;
}

/** An instance of BaseException or a subclass. `args` is what `str(e)` and the traceback show. */
export class PyException extends PyObject {
  args: PyValue[];
  traceback: TracebackEntry[] = [];
  cause: PyException | null = null;
  context: PyException | null = null;
  suppressContext = false;
  /** Column (1-based) of the node that raised, for editor markers. */
  column = 0;
  /** NameError: the names visible where it was raised (for "Did you mean"). */
  nameCandidates: string[] | null = null;

  constructor(cls: PyClass, args: PyValue[]) {
    super(cls);
    this.args = args;
  }
}

export class PyModule {
  readonly name: string;
  readonly dict = new Map<string, PyValue>();
  constructor(name: string) {
    this.name = name;
    this.dict.set('__name__', name);
  }
}

/** Thrown (a JS throw) to raise a Python exception through native and evaluator code. */
export class PyRaise {
  readonly exc: PyException;
  /** The failing spot in the frame being unwound; reset at each frame boundary. */
  spot: ErrorSpot | null = null;
  /** A bare `raise`: the frame that re-raised already appears in the traceback. */
  reraisedIn: unknown = null;
  /** The step budget ran out: no `except` may catch this. */
  fatal = false;
  constructor(exc: PyException) {
    this.exc = exc;
  }
}
