// The evaluator: walks the AST of ./ast.ts. One Interpreter per script run or REPL session; it is
// also the NativeContext native code receives. Control flow (break/continue/return) travels as
// return values, exceptions as thrown PyRaise values; a JS exception of any other kind is a bug
// and is reported as one `internal error` line by ./index.ts.
import type { SimEnv, Stream } from '../env.ts';
import type { Arg, Comprehension, Expr, FStringPart, ParamNode, Pos, Stmt } from './ast.ts';
import type { CallSite, ModuleBuilder, NativeContext } from './native.ts';
import { ModuleTable } from './native.ts';
import type { LineMap } from './parse.ts';
import type { ErrorSpot, PyValue } from './values.ts';
import {
  PyBoundMethod,
  PyClass,
  PyClassMethod,
  PyDict,
  PyException,
  PyFunction,
  PyIterator,
  PyList,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyRaise,
  PySet,
  PySlice,
  PyStaticMethod,
  PyTuple,
} from './values.ts';
import * as C from './classes.ts';
import { typeName, typeOf } from './classes.ts';
import { newException, pyError } from './errors.ts';
import { BindError, bind } from './signature.ts';
import type { Param, Signature } from './signature.ts';
import { hashKey, resetObjectIds, setUserHash } from './dict.ts';
import {
  binaryOp,
  compare,
  contains,
  delItem,
  ellipsisValue,
  eq,
  getItem,
  iterate,
  repr as reprOf,
  setItem,
  str as strOf,
  toArray,
  truthy,
  userDunder,
} from './ops.ts';
import { formatValue } from './builtins/format.ts';
import { Scope } from './scope.ts';
import { findAttribute, setAttribute } from './attributes.ts';
import { createBuiltins } from './builtins/index.ts';
import { stdlibModules } from './stdlib/index.ts';

/** Limits that keep a learner's snippet from freezing the page. */
export interface Limits {
  /** Statements and loop iterations before the run stops (about a second of work). */
  readonly steps: number;
  /** Python call depth, like sys.getrecursionlimit(). */
  readonly recursion: number;
  /** Characters of output before `... output truncated`. */
  readonly outputChars: number;
  /**
   * Wall-clock seconds before the run stops, checked every few thousand steps: a safety valve
   * for loops whose every step does a lot of native work (sorting, json.dumps of big values).
   */
  readonly seconds?: number;
}

export const DEFAULT_LIMITS: Limits = { steps: 5_000_000, recursion: 1000, outputChars: 100_000, seconds: 2 };

class ReturnSignal {
  readonly value: PyValue;
  constructor(value: PyValue) {
    this.value = value;
  }
}
const BREAK = 'break';
const CONTINUE = 'continue';
type Signal = undefined | typeof BREAK | typeof CONTINUE | ReturnSignal;

export interface Frame {
  readonly filename: string;
  readonly name: string;
  readonly lines: LineMap | null;
  line: number;
}

/** The code of a `def`/`lambda`: what PyFunction.code holds. */
interface FunctionCode {
  readonly body: readonly Stmt[] | Expr;
  readonly info: import('./ast.ts').FunctionInfo;
  readonly filename: string;
  readonly lines: LineMap | null;
}

export interface WarningFilter {
  readonly action: string;
  readonly category: PyClass;
  readonly message: RegExp | null;
}

export const superClass = new PyClass('super', 'builtins', [C.objectClass]);

// super(Class, obj): the explicit form. The zero-argument form is answered in evalCall, which
// knows the running method's class and first argument.
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

/** Builtins that read the caller's namespace, so the evaluator answers them itself. */
const SCOPE_READERS = new Set(['globals', 'locals', 'vars', 'dir']);

export class Interpreter implements NativeContext {
  readonly env: SimEnv;
  readonly limits: Limits;
  readonly modules: ModuleTable;
  readonly loaded = new Map<string, PyModule>();
  /** In the REPL: the typed statement's frame and how to print a value (see exec's 'Expr'). */
  private echo: { readonly frame: Frame; readonly print: (v: PyValue) => void } | null = null;
  readonly builtins: Map<string, PyValue>;
  readonly frames: Frame[] = [];
  steps = 0;
  private outputUsed = 0;
  private truncated = false;
  /** The exception being handled by the innermost `except` block (for bare `raise` and chaining). */
  readonly handling: PyException[] = [];
  readonly warningRegistry = new Set<string>();
  warningFilters: WarningFilter[] = [];
  /** `catch_warnings(record=True)` lists, innermost last. */
  readonly warningRecorders: PyList[] = [];
  /** Objects standing for sys.stdout / sys.stderr (print(file=sys.stderr)). */
  readonly streams = new Map<PyValue, Stream>();
  /** sys.stdout / sys.stderr as currently assigned (contextlib.redirect_stdout, reassignment). */
  stdoutTarget: PyValue = null;
  stderrTarget: PyValue = null;

  constructor(env: SimEnv, modules: ModuleTable, limits: Limits = DEFAULT_LIMITS) {
    this.env = env;
    this.limits = limits;
    this.modules = modules;
    resetObjectIds();
    this.builtins = createBuiltins(this);
    this.warningFilters = [{ action: 'ignore', category: C.PendingDeprecationWarning, message: null }];
  }

  // ---- NativeContext ---------------------------------------------------------------------

  callSite(stacklevel = 1): CallSite {
    const f = this.frames[this.frames.length - Math.max(1, stacklevel)] ?? this.frames[0];
    if (!f) return { filename: 'sys', line: 1, sourceLine: null };
    return { filename: f.filename, line: f.line, sourceLine: f.lines ? f.lines.text(f.line) : null };
  }

  write(stream: Stream, text: string): void {
    const target = stream === 'stdout' ? this.stdoutTarget : this.stderrTarget;
    if (target !== null && !this.streams.has(target)) {
      this.call(this.getattr(target, 'write'), [text]);
      return;
    }
    const realStream = target !== null ? this.streams.get(target)! : stream;
    this.rawWrite(realStream, text);
  }

  /** Writes to the environment, enforcing the output cap. */
  rawWrite(stream: Stream, text: string): void {
    if (this.truncated || text === '') return;
    const room = this.limits.outputChars - this.outputUsed;
    if (text.length <= room) {
      this.outputUsed += text.length;
      this.env.out.write(stream, text);
      return;
    }
    if (room > 0) this.env.out.write(stream, text.slice(0, room));
    this.truncated = true;
    this.env.out.write(
      stream,
      `\n... output truncated (more than ${this.limits.outputChars.toLocaleString('en-US')} characters)\n`,
    );
  }

  warn(category: PyClass, message: string, stacklevel = 1): void {
    const site = this.callSite(stacklevel);
    let action = 'default';
    for (const f of this.warningFilters) {
      if (!category.isSubclassOf(f.category)) continue;
      if (f.message && !f.message.test(message)) continue;
      action = f.action;
      break;
    }
    if (action === 'ignore') return;
    if (action === 'error') throw new PyRaise(newException(category, [message]));
    const key =
      action === 'once'
        ? `${category.name}\0${message}`
        : `${site.filename}\0${site.line}\0${category.name}\0${message}`;
    if (action !== 'always') {
      if (this.warningRegistry.has(key)) return;
      this.warningRegistry.add(key);
    }
    const recorder = this.warningRecorders[this.warningRecorders.length - 1];
    if (recorder) {
      recorder.items.push(this.warningMessage(category, message, site));
      return;
    }
    // warnings.formatwarning: "{file}:{line}: {Category}: {message}\n  {source line stripped}\n"
    let text = `${site.filename}:${site.line}: ${category.name}: ${message}\n`;
    if (site.sourceLine !== null && site.sourceLine.trim()) text += `  ${site.sourceLine.trim()}\n`;
    this.write('stderr', text);
  }

  /** Hook set by the warnings module to build `WarningMessage` objects for catch_warnings(record=True). */
  warningMessage: (category: PyClass, message: string, site: CallSite) => PyValue = (category, message) =>
    newException(category, [message]);

  call(fn: PyValue, args: PyValue[], kwargs?: Map<string, PyValue> | null): PyValue {
    return this.callValue(fn, args, kwargs ?? null);
  }
  repr(v: PyValue): string {
    return reprOf(this, v);
  }
  str(v: PyValue): string {
    return strOf(this, v);
  }

  importModule(name: string): PyModule {
    const have = this.loaded.get(name);
    if (have) return have;
    const dot = name.lastIndexOf('.');
    const parent = dot > 0 ? this.importModule(name.slice(0, dot)) : null;
    const builder: ModuleBuilder | undefined = this.modules.builders.get(name) ?? stdlibModules.get(name);
    if (!builder) {
      const e = newException(C.ModuleNotFoundError, [`No module named '${name}'`], { name });
      throw new PyRaise(e);
    }
    const m = new PyModule(name);
    this.loaded.set(name, m);
    try {
      builder(m, this);
    } catch (e) {
      this.loaded.delete(name);
      throw e;
    }
    if (parent) parent.dict.set(name.slice(dot + 1), m);
    return m;
  }

  // ---- steps and errors ------------------------------------------------------------------

  private startedAt = Date.now();

  step(): void {
    const n = ++this.steps;
    if (n > this.limits.steps) this.timeout(`${this.limits.steps.toLocaleString('en-US')} steps`);
    if (
      (n & 4095) === 0 &&
      this.limits.seconds !== undefined &&
      Date.now() - this.startedAt > this.limits.seconds * 1000
    )
      this.timeout(`${this.limits.seconds} seconds`);
  }

  /** Starts the step budget and the clock for a new run (each REPL input gets its own). */
  resetBudget(): void {
    this.steps = 0;
    this.startedAt = Date.now();
  }

  private timeout(what: string): never {
    const r = new PyRaise(
      newException(C.TimeoutError, [`the snippet ran for too long (more than ${what}); is there an infinite loop?`]),
    );
    r.fatal = true;
    throw r;
  }

  /** Marks where in the current frame an exception happened (the innermost node wins). */
  claim(e: unknown, node: Pos, anchor: readonly [number, number] | null = null): void {
    if (e instanceof PyRaise && e.spot === null) {
      const spot: ErrorSpot = { line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol, anchor };
      e.spot = spot;
    }
  }

  /** Adds the current frame to an exception's traceback as it unwinds out of the frame. */
  unwind(e: unknown, frame: Frame): void {
    if (!(e instanceof PyRaise)) return;
    if (e.reraisedIn === frame) {
      e.reraisedIn = null;
      e.spot = null;
      return;
    }
    const spot = e.spot ?? { line: frame.line, col: 0, endLine: frame.line, endCol: 0, anchor: null };
    const sourceLine = frame.lines ? frame.lines.text(spot.line) : null;
    e.exc.traceback.unshift({
      filename: frame.filename,
      line: spot.line,
      col: spot.col,
      name: frame.name,
      sourceLine,
      carets: sourceLine === null || e.spot === null ? null : caretLine(sourceLine, spot),
    });
    if (e.exc.column === 0) e.exc.column = spot.col + 1;
    e.spot = null;
  }

  typeError(message: string): PyRaise {
    return pyError(C.TypeError, message);
  }

  // ---- running code ----------------------------------------------------------------------

  /** Runs a module body in `scope` with a `<module>` frame; exceptions propagate with tracebacks. */
  runModule(
    body: readonly Stmt[],
    scope: Scope,
    filename: string,
    lines: LineMap | null,
    onExpr?: (v: PyValue) => void,
  ): void {
    const frame: Frame = { filename, name: '<module>', lines, line: 1 };
    this.echo = onExpr ? { frame, print: onExpr } : null;
    this.exhausted = null;
    this.resetBudget();
    setUserHash((v) => {
      const r = this.callValue(v.cls.lookup('__hash__')!, [v], null);
      if (typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1n : 0n;
      throw pyError(C.TypeError, '__hash__ method should return an integer');
    });
    this.frames.push(frame);
    try {
      for (const s of body) {
        if (onExpr && s.type === 'Expr') {
          frame.line = s.line;
          this.step();
          let v: PyValue;
          try {
            v = this.evalExpr(s.value, scope);
          } catch (e) {
            this.claim(e, s);
            throw e;
          }
          onExpr(v);
          continue;
        }
        const sig = this.exec(s, scope, frame);
        if (sig !== undefined) break;
      }
    } catch (e) {
      this.unwind(e, frame);
      throw e;
    } finally {
      this.frames.pop();
      this.echo = null;
    }
  }

  currentFrame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  execBlock(body: readonly Stmt[], scope: Scope, frame: Frame): Signal {
    for (let i = 0; i < body.length; i++) {
      const sig = this.exec(body[i]!, scope, frame);
      if (sig !== undefined) return sig;
    }
    return undefined;
  }

  /** Runs one statement. The try/catch shares this frame with the switch: deep recursion costs JS stack. */
  exec(s: Stmt, scope: Scope, frame: Frame): Signal {
    frame.line = s.line;
    this.step();
    try {
      switch (s.type) {
        case 'Expr': {
          const value = this.evalExpr(s.value, scope);
          // The REPL prints every expression statement of the typed statement, inside its for/if/
          // while/with/try blocks too, but not in def or class bodies (CPython's 'single' mode).
          if (this.echo !== null && frame === this.echo.frame) this.echo.print(value);
          return undefined;
        }
        case 'Assign': {
          const value = this.evalExpr(s.value, scope);
          for (const t of s.targets) this.assign(t, value, scope);
          return undefined;
        }
        case 'Return':
          return new ReturnSignal(s.value ? this.evalExpr(s.value, scope) : null);
        case 'If':
          if (truthy(this, this.evalExpr(s.test, scope))) return this.execBlock(s.body, scope, frame);
          return s.orelse.length ? this.execBlock(s.orelse, scope, frame) : undefined;
        case 'Break':
          return BREAK;
        case 'Continue':
          return CONTINUE;
        default:
          return this.execCompound(s, scope, frame);
      }
    } catch (e) {
      this.claim(e, s);
      throw e;
    }
  }

  /** The less frequent statements, kept out of exec so its JS frame stays small. */
  private execCompound(s: Stmt, scope: Scope, frame: Frame): Signal {
    switch (s.type) {
      case 'Expr':
        this.evalExpr(s.value, scope);
        return undefined;
      case 'Assign': {
        const value = this.evalExpr(s.value, scope);
        for (const t of s.targets) this.assign(t, value, scope);
        return undefined;
      }
      case 'AugAssign':
        this.augAssign(s.target, s.op, s.value, scope);
        return undefined;
      case 'AnnAssign':
        if (s.value) this.assign(s.target, this.evalExpr(s.value, scope), scope);
        if (s.target.type === 'Name' && scope.kind !== 'function') {
          // Class and module annotations are recorded in order (dataclasses read them).
          let ann = scope.vars.get('__annotations__');
          if (!(ann instanceof PyDict)) scope.vars.set('__annotations__', (ann = new PyDict()));
          this.dictSet(ann, s.target.id, s.annotation);
        }
        return undefined;
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return undefined;
      case 'If':
        if (truthy(this, this.evalExpr(s.test, scope))) return this.execBlock(s.body, scope, frame);
        if (s.orelse.length) {
          const first = s.orelse[0]!;
          if (first.type === 'If' && s.orelse.length === 1) return this.exec(first, scope, frame);
          return this.execBlock(s.orelse, scope, frame);
        }
        return undefined;
      case 'While': {
        while (truthy(this, this.evalExpr(s.test, scope))) {
          const sig = this.execBlock(s.body, scope, frame);
          if (sig === BREAK) return undefined;
          if (sig instanceof ReturnSignal) return sig;
          frame.line = s.line;
          this.step();
        }
        return s.orelse.length ? this.execBlock(s.orelse, scope, frame) : undefined;
      }
      case 'For': {
        const iterable = this.evalExpr(s.iter, scope);
        const it = iterate(this, iterable);
        const target = s.target;
        const simpleName = target.type === 'Name' ? target.id : null;
        for (;;) {
          // A failing next() points at the whole `for` line, as CPython's FOR_ITER does.
          const r = it.next();
          if (r.done) break;
          if (simpleName !== null && scope.kind !== 'function') scope.vars.set(simpleName, r.value);
          else this.assign(target, r.value, scope);
          const sig = this.execBlock(s.body, scope, frame);
          if (sig === BREAK) return undefined;
          if (sig instanceof ReturnSignal) return sig;
          frame.line = s.line;
          this.step();
        }
        return s.orelse.length ? this.execBlock(s.orelse, scope, frame) : undefined;
      }
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Return':
        return new ReturnSignal(s.value ? this.evalExpr(s.value, scope) : null);
      case 'FunctionDef': {
        let fn: PyValue = this.makeFunction(s.name, s.params, s.body, s.info, scope, frame, s.docstring);
        for (let i = s.decorators.length - 1; i >= 0; i--) {
          const dec = this.evalExpr(s.decorators[i]!, scope);
          frame.line = s.decorators[i]!.line;
          fn = this.applyDecorator(dec, fn, s.decorators[i]!);
        }
        this.assignName(s.name, fn, scope);
        return undefined;
      }
      case 'ClassDef':
        this.classDef(s, scope, frame);
        return undefined;
      case 'Raise':
        return this.raise(s, scope, frame);
      case 'Try':
        return this.tryStmt(s, scope, frame);
      case 'With':
        return this.withStmt(s.items, 0, s.body, scope, frame);
      case 'Import':
        for (const n of s.names) {
          const m = this.importModule(n.name);
          if (n.asname) this.assignName(n.asname, m, scope);
          else {
            const top = n.name.split('.')[0]!;
            this.assignName(top, this.loaded.get(top)!, scope);
          }
        }
        return undefined;
      case 'ImportFrom':
        this.importFrom(s.module, s.level, s.names, scope);
        return undefined;
      case 'Assert':
        if (!truthy(this, this.evalExpr(s.test, scope))) {
          const args = s.msg ? [this.evalExpr(s.msg, scope)] : [];
          const r = new PyRaise(newException(C.AssertionError, args));
          // `assert False` compiles to a plain raise at the statement; other tests are marked.
          if (s.test.type !== 'Const') this.claim(r, s.test);
          throw r;
        }
        return undefined;
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t, scope);
        return undefined;
      case 'Unsupported':
        throw pyError(C.NotImplementedError, `${s.what} is not supported in this simulator`);
    }
  }

  private raise(s: Extract<Stmt, { type: 'Raise' }>, scope: Scope, frame: Frame): Signal {
    if (!s.exc) {
      const cur = this.handling[this.handling.length - 1];
      if (!cur) throw pyError(C.RuntimeError, 'No active exception to reraise');
      const r = new PyRaise(cur);
      r.reraisedIn = frame;
      throw r;
    }
    const exc = this.toException(this.evalExpr(s.exc, scope));
    if (s.cause) {
      const cause = this.evalExpr(s.cause, scope);
      exc.cause = cause === null ? null : this.toException(cause);
      exc.suppressContext = true;
    }
    throw new PyRaise(exc);
  }

  /** `raise X` accepts an exception class or instance. */
  toException(v: PyValue): PyException {
    if (v instanceof PyClass && v.isSubclassOf(C.BaseException)) {
      const inst = this.callValue(v, [], null);
      if (inst instanceof PyException) return inst;
    }
    if (v instanceof PyException) return v;
    throw pyError(C.TypeError, 'exceptions must derive from BaseException');
  }

  private tryStmt(s: Extract<Stmt, { type: 'Try' }>, scope: Scope, frame: Frame): Signal {
    let result: Signal;
    let pending: unknown = null;
    let threw = false;
    try {
      result = this.execBlock(s.body, scope, frame);
    } catch (e) {
      if (e === this.exhausted) this.exhausted = null;
      if (!(e instanceof PyRaise) || e.fatal || !s.handlers.length) {
        pending = e;
        threw = true;
      } else {
        // The exception is caught in this frame: it gets this frame's traceback entry now.
        this.unwind(e, frame);
        const handled = this.findHandler(s.handlers, e.exc, scope, frame);
        if (!handled) {
          e.reraisedIn = frame;
          pending = e;
          threw = true;
        } else {
          this.handling.push(e.exc);
          try {
            if (handled.name) scope.vars.set(handled.name, e.exc);
            result = this.execBlock(handled.body, scope, frame);
          } catch (inner) {
            if (inner instanceof PyRaise && inner.exc !== e.exc && inner.exc.context === null && !inner.fatal)
              inner.exc.context = e.exc;
            pending = inner;
            threw = true;
          } finally {
            this.handling.pop();
            if (handled.name) scope.vars.delete(handled.name);
          }
        }
      }
    }
    if (!threw && s.orelse.length && result === undefined) {
      try {
        result = this.execBlock(s.orelse, scope, frame);
      } catch (e) {
        pending = e;
        threw = true;
      }
    }
    if (s.finalbody.length) {
      const saved = threw && pending instanceof PyRaise && !pending.fatal ? pending : null;
      if (saved) this.handling.push(saved.exc);
      let fin: Signal;
      try {
        fin = this.execBlock(s.finalbody, scope, frame);
      } catch (e) {
        if (saved && e instanceof PyRaise && e.exc !== saved.exc && e.exc.context === null) e.exc.context = saved.exc;
        throw e;
      } finally {
        if (saved) this.handling.pop();
      }
      if (fin !== undefined) return fin; // return/break in finally discards the exception
    }
    if (threw) throw pending;
    return result;
  }

  private findHandler(
    handlers: readonly import('./ast.ts').ExceptHandler[],
    exc: PyException,
    scope: Scope,
    frame: Frame,
  ): import('./ast.ts').ExceptHandler | null {
    for (const h of handlers) {
      if (!h.type) return h;
      frame.line = h.line;
      const t = this.evalExpr(h.type, scope);
      const classes = t instanceof PyTuple ? t.items : [t];
      for (const c of classes) {
        if (!(c instanceof PyClass) || !c.isSubclassOf(C.BaseException))
          throw pyError(C.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
        if (exc.cls.isSubclassOf(c)) return h;
      }
    }
    return null;
  }

  private withStmt(
    items: readonly { context: Expr; target: Expr | null }[],
    index: number,
    body: readonly Stmt[],
    scope: Scope,
    frame: Frame,
  ): Signal {
    if (index >= items.length) return this.execBlock(body, scope, frame);
    const item = items[index]!;
    const mgr = this.evalExpr(item.context, scope);
    const enter = typeOf(mgr).lookup('__enter__');
    const exit = typeOf(mgr).lookup('__exit__');
    if (enter === undefined || exit === undefined) {
      throw pyError(C.TypeError, `'${typeName(mgr)}' object does not support the context manager protocol`);
    }
    const value = this.callValue(enter, [mgr], null);
    if (item.target) this.assign(item.target, value, scope);
    let result: Signal;
    try {
      result = this.withStmt(items, index + 1, body, scope, frame);
    } catch (e) {
      if (!(e instanceof PyRaise) || e.fatal) throw e;
      this.unwind(e, frame);
      e.reraisedIn = frame;
      frame.line = items[0]!.context.line;
      this.handling.push(e.exc);
      let suppress: PyValue;
      try {
        suppress = this.callValue(exit, [mgr, e.exc.cls, e.exc, null], null);
      } catch (inner) {
        if (inner instanceof PyRaise && inner.exc !== e.exc && inner.exc.context === null) inner.exc.context = e.exc;
        throw inner;
      } finally {
        this.handling.pop();
      }
      if (truthy(this, suppress)) {
        e.reraisedIn = null;
        return undefined;
      }
      throw e;
    }
    this.callValue(exit, [mgr, null, null, null], null);
    return result;
  }

  private importFrom(
    module: string,
    level: number,
    names: readonly { name: string; asname: string | null }[] | '*',
    scope: Scope,
  ): void {
    if (level > 0) throw pyError(C.ImportError, 'attempted relative import with no known parent package');
    const m = this.importModule(module);
    if (names === '*') {
      const all = m.dict.get('__all__');
      const keys =
        all instanceof PyList ? all.items.map((k) => String(k)) : [...m.dict.keys()].filter((k) => !k.startsWith('_'));
      for (const k of keys) {
        const v = m.dict.get(k);
        if (v !== undefined) this.assignName(k, v, scope);
      }
      return;
    }
    for (const n of names) {
      let v = m.dict.get(n.name);
      if (v === undefined) {
        const sub = `${module}.${n.name}`;
        if (this.modules.has(sub) || stdlibModules.has(sub)) v = this.importModule(sub);
      }
      if (v === undefined)
        throw new PyRaise(
          newException(C.ImportError, [`cannot import name '${n.name}' from '${module}' (${importedFrom(m)})`], {
            name: module,
          }),
        );
      this.assignName(n.asname ?? n.name, v, scope);
    }
  }

  private classDef(s: Extract<Stmt, { type: 'ClassDef' }>, scope: Scope, frame: Frame): void {
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
  }

  /** `@decorator`: a failure points at the decorator expression, as in CPython's traceback. */
  private applyDecorator(decorator: PyValue, target: PyValue, node: Expr): PyValue {
    try {
      return this.callValue(decorator, [target], null);
    } catch (e) {
      this.claim(e, node);
      throw e;
    }
  }

  makeFunction(
    name: string,
    params: readonly ParamNode[],
    body: readonly Stmt[] | Expr,
    info: import('./ast.ts').FunctionInfo,
    scope: Scope,
    frame: Frame,
    docstring: string | null,
  ): PyFunction {
    const sigParams: Param[] = [];
    let positionalOnly = 0;
    for (const p of params) {
      const hasDefault = p.default !== null;
      sigParams.push({
        name: p.name,
        kind: p.kind,
        hasDefault,
        default: hasDefault ? this.evalExpr(p.default!, scope) : null,
      });
      if (p.positionalOnlyEnd) positionalOnly = sigParams.length;
    }
    // Keyword-only parameters after *args stay in order; bind() expects positional ones first.
    const signature: Signature = { params: sigParams, positionalOnly };
    const code: FunctionCode = { body, info, filename: frame.filename, lines: frame.lines };
    const qualname = scope.kind === 'function' ? `${frame.name}.<locals>.${name}` : name;
    const fn = new PyFunction(name, qualname, signature, code, scope, scope.globals);
    if (docstring !== null) fn.attrs.set('__doc__', docstring);
    return fn;
  }

  // ---- calls -----------------------------------------------------------------------------

  callValue(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
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
  }

  callNative(fn: PyNativeFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
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
  }

  callFunction(fn: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    // Binding happens in a helper so this frame, which stays on the JS stack for the whole
    // call, holds few values: Python recursion depth is bounded by JS stack use per level.
    const scope = this.enterFunction(fn, args, kwargs);
    const code = fn.code as FunctionCode;
    const frame: Frame = { filename: code.filename, name: fn.name, lines: code.lines, line: 0 };
    this.frames.push(frame);
    try {
      const body = code.body;
      if (!Array.isArray(body)) {
        frame.line = (body as Expr).line;
        return this.evalExpr(body as Expr, scope);
      }
      for (let i = 0; i < body.length; i++) {
        const sig = this.exec(body[i] as Stmt, scope, frame);
        if (sig instanceof ReturnSignal) return sig.value;
      }
      return null;
    } catch (e) {
      this.unwind(e instanceof RangeError ? this.stackExhausted() : e, frame);
      throw e instanceof RangeError ? this.stackExhausted() : e;
    } finally {
      this.frames.pop();
    }
  }

  exhausted: PyRaise | null = null;
  /** The JS stack ran out before the counted limit: the same RecursionError, raised once. */
  private stackExhausted(): PyRaise {
    this.exhausted ??= pyError(C.RecursionError, 'maximum recursion depth exceeded');
    return this.exhausted;
  }

  private enterFunction(fn: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): Scope {
    const code = fn.code as FunctionCode;
    let bound: PyValue[];
    try {
      bound = bind(fn.qualname, fn.signature, args, kwargs);
    } catch (e) {
      if (e instanceof BindError) throw pyError(C.TypeError, e.message);
      throw e;
    }
    if (this.frames.length >= this.limits.recursion)
      throw pyError(C.RecursionError, 'maximum recursion depth exceeded');
    const scope = new Scope(fn.closure as Scope, 'function', code.info, fn.globals as Scope);
    const params = fn.signature.params;
    for (let i = 0; i < params.length; i++) scope.vars.set(params[i]!.name, bound[i]!);
    if (fn.ownerClass) scope.vars.set('__class__', fn.ownerClass);
    return scope;
  }

  instantiate(cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
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
  }

  /** `class Registry(dict)`: a real dict (or list) that reports the subclass and runs its __init__. */
  private builtinSubclassInstance(
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
  }

  evalArgs(argNodes: readonly Arg[], scope: Scope): { args: PyValue[]; kwargs: Map<string, PyValue> | null } {
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
  }

  // ---- names and targets -----------------------------------------------------------------

  lookup(name: string, scope: Scope): PyValue {
    if (scope.kind === 'function') {
      const info = scope.info!;
      if (info.locals.has(name)) {
        const v = scope.vars.get(name);
        if (v === undefined)
          throw pyError(
            C.UnboundLocalError,
            `cannot access local variable '${name}' where it is not associated with a value`,
          );
        return v;
      }
      if (info.globals.has(name)) {
        const v = scope.globals.vars.get(name) ?? this.builtins.get(name);
        if (v === undefined) throw this.nameError(name, scope);
        return v;
      }
    }
    for (let s: Scope | null = scope; s !== null; s = s.parent) {
      if (s.kind === 'class' && s !== scope) continue;
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    const b = this.builtins.get(name);
    if (b !== undefined) return b;
    throw this.nameError(name, scope);
  }

  /** NameError with what CPython's suggestion code looks at: frame locals, globals, builtins. */
  private nameError(name: string, scope: Scope): PyRaise {
    const e = newException(C.NameError, [`name '${name}' is not defined`], { name });
    const names: string[] = [];
    let fnScope: Scope | null = scope;
    while (fnScope && fnScope.kind === 'comprehension') fnScope = fnScope.parent;
    if (fnScope && fnScope !== scope.globals) for (const k of fnScope.vars.keys()) names.push(k);
    for (const k of scope.globals.vars.keys()) names.push(k);
    for (const k of this.builtins.keys()) names.push(k);
    e.nameCandidates = names;
    return new PyRaise(e);
  }

  assignName(name: string, value: PyValue, scope: Scope): void {
    if (scope.kind === 'function') {
      const info = scope.info!;
      if (info.globals.has(name)) {
        scope.globals.vars.set(name, value);
        return;
      }
      if (info.nonlocals.has(name)) {
        for (let s = scope.parent; s; s = s.parent) {
          if (s.kind === 'function' && (s.vars.has(name) || s.info!.locals.has(name))) {
            s.vars.set(name, value);
            return;
          }
        }
        throw pyError(C.SyntaxError, `no binding for nonlocal '${name}' found`);
      }
    }
    scope.vars.set(name, value);
  }

  assign(target: Expr, value: PyValue, scope: Scope): void {
    switch (target.type) {
      case 'Name':
        this.assignName(target.id, value, scope);
        return;
      case 'Attribute': {
        const obj = this.evalExpr(target.obj, scope);
        try {
          this.setattr(obj, target.name, value);
        } catch (e) {
          this.claim(e, target);
          throw e;
        }
        return;
      }
      case 'Subscript': {
        const obj = this.evalExpr(target.obj, scope);
        const key = this.evalExpr(target.index, scope);
        try {
          setItem(this, obj, key, value);
        } catch (e) {
          this.claim(e, target, target.line === target.endLine ? [target.obj.endCol, target.endCol] : null);
          throw e;
        }
        return;
      }
      case 'Tuple':
      case 'List':
        try {
          this.unpack(target.elts, value, scope);
        } catch (e) {
          this.claim(e, target);
          throw e;
        }
        return;
      case 'Starred':
        throw pyError(C.SyntaxError, 'starred assignment target must be in a list or tuple');
      default:
        throw pyError(C.SyntaxError, 'cannot assign to expression');
    }
  }

  private unpack(targets: readonly Expr[], value: PyValue, scope: Scope): void {
    let items: PyValue[];
    if (value instanceof PyList || value instanceof PyTuple) items = [...value.items];
    else {
      try {
        items = toArray(this, value);
      } catch (e) {
        if (e instanceof PyRaise && e.exc.cls === C.TypeError && !(value instanceof PyObject))
          throw pyError(C.TypeError, `cannot unpack non-iterable ${typeName(value)} object`);
        throw e;
      }
    }
    const star = targets.findIndex((t) => t.type === 'Starred');
    if (star < 0) {
      if (items.length > targets.length)
        throw pyError(C.ValueError, `too many values to unpack (expected ${targets.length})`);
      if (items.length < targets.length)
        throw pyError(C.ValueError, `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
      for (let i = 0; i < targets.length; i++) this.assign(targets[i]!, items[i]!, scope);
      return;
    }
    const before = star;
    const after = targets.length - star - 1;
    if (items.length < before + after)
      throw pyError(
        C.ValueError,
        `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
      );
    for (let i = 0; i < before; i++) this.assign(targets[i]!, items[i]!, scope);
    const starTarget = targets[star]! as Extract<Expr, { type: 'Starred' }>;
    this.assign(starTarget.value, new PyList(items.slice(before, items.length - after)), scope);
    for (let i = 0; i < after; i++) this.assign(targets[star + 1 + i]!, items[items.length - after + i]!, scope);
  }

  private augAssign(target: Expr, op: string, valueNode: Expr, scope: Scope): void {
    const apply = (current: PyValue, node: Pos): PyValue => {
      const rhs = this.evalExpr(valueNode, scope);
      try {
        return this.inplace(op, current, rhs);
      } catch (e) {
        this.claim(e, node);
        throw e;
      }
    };
    switch (target.type) {
      case 'Name':
        this.assignName(target.id, apply(this.evalExpr(target, scope), target), scope);
        return;
      case 'Attribute': {
        const obj = this.evalExpr(target.obj, scope);
        this.setattr(obj, target.name, apply(this.getattrAt(obj, target.name, target), target));
        return;
      }
      case 'Subscript': {
        const obj = this.evalExpr(target.obj, scope);
        const key = this.evalExpr(target.index, scope);
        let cur: PyValue;
        try {
          cur = getItem(this, obj, key);
        } catch (e) {
          this.claim(e, target);
          throw e;
        }
        setItem(this, obj, key, apply(cur, target));
        return;
      }
      default:
        throw pyError(C.SyntaxError, "'tuple' is an illegal expression for augmented assignment");
    }
  }

  inplace(op: string, a: PyValue, b: PyValue): PyValue {
    if (a instanceof PyList) {
      if (op === '+') {
        a.items.push(...toArray(this, b));
        return a;
      }
      if (op === '*' && typeof b === 'bigint') {
        const copy = [...a.items];
        a.items.length = 0;
        for (let i = 0n; i < b; i++) a.items.push(...copy);
        return a;
      }
    }
    if (a instanceof PyDict && op === '|' && b instanceof PyDict) {
      for (const [k, e] of b.map) a.map.set(k, [e[0], e[1]]);
      return a;
    }
    if (a instanceof PySet && b instanceof PySet && !a.frozen) {
      const r = binaryOp(this, op, a, b) as PySet;
      a.map.clear();
      for (const [k, v] of r.map) a.map.set(k, v);
      return a;
    }
    if (a instanceof PyObject) {
      const names: Record<string, string> = { '+': '__iadd__', '-': '__isub__', '*': '__imul__', '/': '__itruediv__' };
      const m = names[op] ? userDunder(a, names[op]!) : undefined;
      if (m !== undefined) return this.callValue(m, [a, b], null);
    }
    return binaryOp(this, op, a, b);
  }

  private deleteTarget(t: Expr, scope: Scope): void {
    switch (t.type) {
      case 'Name': {
        const vars = scope.kind === 'function' && scope.info!.globals.has(t.id) ? scope.globals.vars : scope.vars;
        if (!vars.delete(t.id)) {
          const e = this.nameError(t.id, scope);
          this.claim(e, t);
          throw e;
        }
        return;
      }
      case 'Subscript':
        delItem(this, this.evalExpr(t.obj, scope), this.evalExpr(t.index, scope));
        return;
      case 'Attribute': {
        const obj = this.evalExpr(t.obj, scope);
        if (obj instanceof PyObject && obj.attrs.delete(t.name)) return;
        if (obj instanceof PyClass && obj.dict.delete(t.name)) return;
        throw pyError(C.AttributeError, `'${typeName(obj)}' object has no attribute '${t.name}'`);
      }
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e, scope);
        return;
      default:
        throw pyError(C.SyntaxError, 'cannot delete expression');
    }
  }

  // ---- attributes ------------------------------------------------------------------------

  getattr(obj: PyValue, name: string): PyValue {
    const v = this.findAttr(obj, name);
    if (v !== undefined) return v;
    throw this.attributeError(obj, name);
  }

  private getattrAt(obj: PyValue, name: string, node: Pos): PyValue {
    try {
      return this.getattr(obj, name);
    } catch (e) {
      this.claim(e, node);
      throw e;
    }
  }

  attributeError(obj: PyValue, name: string): PyRaise {
    let msg: string;
    if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
    else if (obj instanceof PyClass) msg = `type object '${obj.name}' has no attribute '${name}'`;
    else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
    return new PyRaise(newException(C.AttributeError, [msg], { name, obj }));
  }

  /** Attribute lookup; undefined when missing (hasattr/getattr with a default). See ./attributes.ts. */
  findAttr(obj: PyValue, name: string): PyValue | undefined {
    return findAttribute(this, obj, name);
  }

  setattr(obj: PyValue, name: string, value: PyValue): void {
    setAttribute(this, obj, name, value);
  }

  // ---- expressions -----------------------------------------------------------------------

  /** Evaluates an expression; on failure the innermost node claims the traceback position. */
  evalExpr(e: Expr, scope: Scope): PyValue {
    try {
      switch (e.type) {
        case 'Name':
          return this.lookup(e.id, scope);
        case 'Const':
          return e.ellipsis ? ellipsisValue : (e.value as PyValue);
        case 'FString':
          return this.fstring(e.parts, scope);
        case 'BinOp':
          return binaryOp(this, e.op, this.evalExpr(e.left, scope), this.evalExpr(e.right, scope));
        case 'BoolOp':
        case 'Unary':
        case 'Compare':
          return this.evalOperator(e, scope);
        case 'Call':
          return this.evalCall(e, scope);
        case 'Attribute':
          return this.getattr(this.evalExpr(e.obj, scope), e.name);
        case 'Subscript':
          return getItem(this, this.evalExpr(e.obj, scope), this.evalExpr(e.index, scope));
        case 'Slice':
          return new PySlice(
            e.lower ? this.evalExpr(e.lower, scope) : null,
            e.upper ? this.evalExpr(e.upper, scope) : null,
            e.step ? this.evalExpr(e.step, scope) : null,
          );
        case 'List':
          return new PyList(this.evalElements(e.elts, scope));
        case 'Tuple':
          return new PyTuple(this.evalElements(e.elts, scope));
        case 'Set':
        case 'Dict':
        case 'ListComp':
        case 'SetComp':
        case 'DictComp':
        case 'GenExp':
        case 'Lambda':
          return this.evalDisplay(e, scope);
        case 'IfExp':
          return truthy(this, this.evalExpr(e.test, scope))
            ? this.evalExpr(e.body, scope)
            : this.evalExpr(e.orelse, scope);
        case 'Starred':
          throw pyError(C.SyntaxError, "can't use starred expression here");
        case 'NamedExpr':
          return this.evalDisplay(e, scope);
        case 'Unsupported':
          throw pyError(C.NotImplementedError, `${e.what} is not supported in this simulator`);
      }
    } catch (err) {
      if (err instanceof PyRaise && err.spot === null) this.claimExpr(err, e);
      throw err;
    }
  }

  private evalOperator(e: Expr, scope: Scope): PyValue {
    switch (e.type) {
      case 'BoolOp': {
        const l = this.evalExpr(e.left, scope);
        if (e.op === 'and') return truthy(this, l) ? this.evalExpr(e.right, scope) : l;
        return truthy(this, l) ? l : this.evalExpr(e.right, scope);
      }
      case 'Unary':
        return this.unary(e.op, this.evalExpr(e.operand, scope));
      case 'Compare': {
        let left = this.evalExpr(e.operands[0]!, scope);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.evalExpr(e.operands[i + 1]!, scope);
          if (!this.compareOp(e.ops[i]!, left, right)) return false;
          left = right;
        }
        return true;
      }
      default:
        throw new Error(`evalOperator: ${e.type}`);
    }
  }

  /** Displays, comprehensions, lambdas and `:=` (kept out of evalExpr to keep its frame small). */
  private evalDisplay(e: Expr, scope: Scope): PyValue {
    switch (e.type) {
      case 'Set': {
        const s = new PySet();
        for (const v of this.evalElements(e.elts, scope)) this.setAdd(s, v);
        return s;
      }
      case 'Dict': {
        const d = new PyDict();
        for (const entry of e.entries) {
          if ('spread' in entry) {
            const v = this.evalExpr(entry.spread, scope);
            if (!(v instanceof PyDict)) throw pyError(C.TypeError, `'${typeName(v)}' object is not a mapping`);
            for (const [k, kv] of v.map) d.map.set(k, [kv[0], kv[1]]);
          } else {
            const k = this.evalExpr(entry.key, scope);
            const v = this.evalExpr(entry.value, scope);
            this.dictSet(d, k, v);
          }
        }
        return d;
      }
      case 'ListComp': {
        const out: PyValue[] = [];
        this.comprehension('listcomp', e.line, e.generators, scope, (inner) => out.push(this.evalExpr(e.elt, inner)));
        return new PyList(out);
      }
      case 'SetComp': {
        const out = new PySet();
        this.comprehension('setcomp', e.line, e.generators, scope, (inner) =>
          this.setAdd(out, this.evalExpr(e.elt, inner)),
        );
        return out;
      }
      case 'DictComp': {
        const out = new PyDict();
        this.comprehension('dictcomp', e.line, e.generators, scope, (inner) =>
          this.dictSet(out, this.evalExpr(e.key, inner), this.evalExpr(e.value, inner)),
        );
        return out;
      }
      case 'GenExp':
        return this.generator(e.elt, e.generators, scope);
      case 'Lambda': {
        const frame = this.currentFrame();
        return this.makeFunction('<lambda>', e.params, e.body, e.info, scope, frame, null);
      }
      case 'NamedExpr': {
        const v = this.evalExpr(e.value, scope);
        let target = scope;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        this.assignName(e.target, v, target);
        return v;
      }
      default:
        throw new Error(`evalDisplay: ${e.type}`);
    }
  }

  private claimExpr(err: PyRaise, e: Expr): void {
    let anchor: [number, number] | null = null;
    if (e.type === 'BinOp' && e.line === e.endLine) anchor = binOpAnchor(this.currentFrame().lines, e);
    else if (e.type === 'Subscript' && e.line === e.endLine) anchor = [e.obj.endCol, e.endCol];
    this.claim(err, e, anchor);
  }

  private evalCall(e: Extract<Expr, { type: 'Call' }>, scope: Scope): PyValue {
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
  }

  /** `globals()`, `locals()`, `vars()`, `dir()` with no argument: a snapshot of the caller's names. */
  private readScope(name: string, scope: Scope): PyValue {
    let local: Scope = scope;
    while (local.kind === 'comprehension' && local.parent) local = local.parent;
    const source = name === 'globals' ? scope.globals : local;
    if (name === 'dir') return new PyList([...source.vars.keys()].sort());
    const d = new PyDict();
    for (const [k, v] of source.vars) d.map.set(hashKey(k)!, [k, v]);
    return d;
  }

  private evalElements(elts: readonly Expr[], scope: Scope): PyValue[] {
    const out: PyValue[] = [];
    for (const el of elts) {
      if (el.type === 'Starred') out.push(...toArray(this, this.evalExpr(el.value, scope)));
      else out.push(this.evalExpr(el, scope));
    }
    return out;
  }

  setAdd(s: PySet, v: PyValue): void {
    const k = hashKey(v);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(v)}'`);
    if (!s.map.has(k)) s.map.set(k, v);
  }

  dictSet(d: PyDict, k: PyValue, v: PyValue): void {
    const key = hashKey(k);
    if (key === null) throw pyError(C.TypeError, `unhashable type: '${typeName(k)}'`);
    const old = d.map.get(key);
    if (old) old[1] = v;
    else d.map.set(key, [k, v]);
  }

  /**
   * Runs a list/set/dict comprehension in its own frame (`<listcomp>`...), as CPython 3.11 does;
   * the first iterable is evaluated in the enclosing frame first.
   */
  private comprehension(
    kind: string,
    line: number,
    gens: readonly Comprehension[],
    scope: Scope,
    emit: (inner: Scope) => void,
  ): void {
    const first = this.evalExpr(gens[0]!.iter, scope);
    const inner = new Scope(scope, 'comprehension', null, scope.globals);
    const cur = this.currentFrame();
    const frame: Frame = { filename: cur.filename, name: `<${kind}>`, lines: cur.lines, line };
    this.frames.push(frame);
    try {
      this.comprehend(gens, 0, inner, first, () => emit(inner));
    } catch (e) {
      this.unwind(e, frame);
      throw e;
    } finally {
      this.frames.pop();
    }
  }

  private comprehend(gens: readonly Comprehension[], i: number, inner: Scope, first: PyValue, emit: () => void): void {
    const g = gens[i]!;
    const iterable = i === 0 ? first : this.evalExpr(g.iter, inner);
    const it = iterate(this, iterable);
    for (let r = it.next(); !r.done; r = it.next()) {
      this.step();
      this.assign(g.target, r.value, inner);
      let ok = true;
      for (const cond of g.ifs) {
        if (!truthy(this, this.evalExpr(cond, inner))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (i + 1 < gens.length) this.comprehend(gens, i + 1, inner, first, emit);
      else emit();
    }
  }

  /** A lazy generator expression: a JS generator driving the same loop. */
  private generator(elt: Expr, gens: readonly Comprehension[], scope: Scope): PyIterator {
    const inner = new Scope(scope, 'comprehension', null, scope.globals);
    const first = iterate(this, this.evalExpr(gens[0]!.iter, scope));
    const self = this;
    function* loop(i: number, it: { next(): IteratorResult<PyValue> }): Generator<PyValue> {
      const g = gens[i]!;
      for (let r = it.next(); !r.done; r = it.next()) {
        self.step();
        self.assign(g.target, r.value, inner);
        if (!g.ifs.every((c) => truthy(self, self.evalExpr(c, inner)))) continue;
        if (i + 1 < gens.length) yield* loop(i + 1, iterate(self, self.evalExpr(gens[i + 1]!.iter, inner)));
        else yield self.evalExpr(elt, inner);
      }
    }
    const gen = loop(0, first);
    const cur = this.currentFrame();
    const line = elt.line;
    // Each resumption runs in a `<genexpr>` frame, so a failure inside shows it in the traceback.
    return new PyIterator('generator', () => {
      const frame: Frame = { filename: cur.filename, name: '<genexpr>', lines: cur.lines, line };
      this.frames.push(frame);
      try {
        return gen.next();
      } catch (e) {
        this.unwind(e, frame);
        throw e;
      } finally {
        this.frames.pop();
      }
    });
  }

  private unary(op: string, v: PyValue): PyValue {
    if (op === 'not') return !truthy(this, v);
    if (typeof v === 'boolean') v = v ? 1n : 0n;
    if (op === '-') {
      if (typeof v === 'bigint') return -v;
      if (typeof v === 'number') return -v;
      const m = userDunder(v, '__neg__');
      if (m !== undefined) return this.callValue(m, [v], null);
    } else if (op === '+') {
      if (typeof v === 'bigint' || typeof v === 'number') return v;
      const m = userDunder(v, '__pos__');
      if (m !== undefined) return this.callValue(m, [v], null);
    } else if (op === '~') {
      if (typeof v === 'bigint') return ~v;
    }
    throw pyError(C.TypeError, `bad operand type for unary ${op}: '${typeName(v)}'`);
  }

  compareOp(op: string, a: PyValue, b: PyValue): boolean {
    switch (op) {
      case '==':
        return eq(this, a, b);
      case '!=': {
        const ne = userDunder(a, '__ne__');
        if (ne !== undefined) return truthy(this, this.callValue(ne, [a, b], null));
        return !eq(this, a, b);
      }
      case 'is':
        return identical(a, b);
      case 'is not':
        return !identical(a, b);
      case 'in':
        return contains(this, b, a);
      case 'not in':
        return !contains(this, b, a);
      default:
        return compare(this, op, a, b);
    }
  }

  private fstring(parts: readonly FStringPart[], scope: Scope): string {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = this.evalExpr(p.expr, scope);
      const spec = p.spec ? (this.evalExpr(p.spec, scope) as string) : '';
      let text: string;
      if (p.conversion === 'r' || p.conversion === 'a') text = formatValue(this, this.repr(v), spec);
      else if (p.conversion === 's') text = formatValue(this, this.str(v), spec);
      else text = formatValue(this, v, spec);
      out += (p.selfDoc ?? '') + text;
    }
    return out;
  }
}

/** Argument errors of C-implemented methods (Objects/methodobject.c, Python/getargs.c). */
/** Where CPython's "cannot import name" says a module came from: its file, else "unknown location". */
function importedFrom(m: PyModule): string {
  const file = m.dict.get('__file__');
  return typeof file === 'string' ? file : 'unknown location';
}

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

/** `is`: identity; small ints, strings and floats compare by value, as CPython's caches make them seem. */
export function identical(a: PyValue, b: PyValue): boolean {
  return a === b;
}

/** Columns of a binary operator inside its expression, for the `~~^~~` markers. */
function binOpAnchor(lines: LineMap | null, e: Extract<Expr, { type: 'BinOp' }>): [number, number] | null {
  if (!lines || e.left.endLine !== e.line) return null;
  const text = lines.text(e.line);
  const between = text.slice(e.left.endCol, e.right.col);
  const offset = between.length - between.trimStart().length;
  const left = e.left.endCol + offset;
  let right = left + 1;
  const next = between[offset + 1];
  if (offset + 1 < between.length && next !== undefined && !/\s/.test(next)) right++;
  return [left, right];
}

/**
 * CPython 3.11's marker line under a traceback source line (traceback.py, format_frame_summary):
 * shown when the failing expression does not span the whole stripped line, or with anchors.
 */
export function caretLine(sourceLine: string, spot: ErrorSpot): string | null {
  const stripped = sourceLine.trim();
  const leading = sourceLine.length - sourceLine.trimStart().length;
  const start = spot.col;
  const end = spot.endLine === spot.line ? spot.endCol : leading + stripped.length;
  if (end <= start) return null;
  const anchor = spot.line === spot.endLine ? spot.anchor : null;
  if (!(end - start < stripped.length || anchor)) return null;
  let line = ' '.repeat(start - leading);
  if (anchor) {
    const [l, r] = anchor;
    line += '~'.repeat(Math.max(0, l - start)) + '^'.repeat(Math.max(0, r - l)) + '~'.repeat(Math.max(0, end - r));
  } else line += '^'.repeat(end - start);
  return line;
}

export { ModuleTable };
