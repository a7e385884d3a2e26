// The evaluator's core: one Interpreter per script run or REPL session, holding all of a run's
// state (frames, limits, output, warnings, loaded modules); it is also the NativeContext native
// code receives. Walking the AST of ./ast.ts is split by concern into ./interpreter/*.ts, whose
// methods are installed on Interpreter.prototype below: statements, calls (and each callable
// kind's own call: functions, classes), assignment, expressions, comprehensions, output. Those
// modules import this one for types only, so there is no import cycle through it. Control flow
// (break/continue/return) travels as return values (./interpreter/signals.ts), exceptions as
// thrown PyRaise values; a JS exception of any other kind is a bug and is reported as one
// `internal error` line by ./index.ts.
import type { SimEnv, Stream } from '../env.ts';
import type { Pos, Stmt } from './ast.ts';
import type { CallSite, ModuleBuilder, NativeContext } from './native.ts';
import { ModuleTable } from './native.ts';
import type { LineMap } from './parse.ts';
import type { ErrorSpot, PyValue } from './values.ts';
import { PyClass, PyException, PyList, PyModule, PyRaise } from './values.ts';
import * as C from './classes.ts';
import { typeName } from './classes.ts';
import { newException, pyError } from './errors.ts';
import { ObjectIds, setUserHash } from './dict.ts';
import { repr as reprOf, str as strOf } from './ops.ts';
import { Scope } from './scope.ts';
import { findAttribute, setAttribute } from './attributes.ts';
import { caretLine } from './tracebacks.ts';
import { createBuiltins } from './builtins/index.ts';
import { stdlibModules } from './stdlib/index.ts';
import { assignmentMethods } from './interpreter/assignment.ts';
import { callMethods } from './interpreter/calls.ts';
import { classMethods } from './interpreter/classes.ts';
import { comprehensionMethods } from './interpreter/comprehensions.ts';
import { expressionMethods } from './interpreter/expressions.ts';
import { functionMethods } from './interpreter/functions.ts';
import { outputMethods } from './interpreter/output.ts';
import { statementMethods } from './interpreter/statements.ts';

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

export interface Frame {
  readonly filename: string;
  readonly name: string;
  readonly lines: LineMap | null;
  line: number;
}

export interface WarningFilter {
  readonly action: string;
  readonly category: PyClass;
  readonly message: RegExp | null;
}

type Concerns = typeof outputMethods &
  typeof statementMethods &
  typeof functionMethods &
  typeof classMethods &
  typeof callMethods &
  typeof assignmentMethods &
  typeof expressionMethods &
  typeof comprehensionMethods;

// The methods of ./interpreter/*.ts, as part of the class's type (declaration merging).
export interface Interpreter extends Concerns {}

export class Interpreter implements NativeContext {
  readonly env: SimEnv;
  readonly limits: Limits;
  readonly modules: ModuleTable;
  readonly loaded = new Map<string, PyModule>();
  readonly ids = new ObjectIds();
  /** In the REPL: the typed statement's frame and how to print a value (see exec's 'Expr'). */
  echo: { readonly frame: Frame; readonly print: (v: PyValue) => void } | null = null;
  readonly builtins: Map<string, PyValue>;
  readonly frames: Frame[] = [];
  steps = 0;
  outputUsed = 0;
  truncated = false;
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
  /** The RecursionError raised when the JS stack ran out (./functions.ts, stackExhausted). */
  exhausted: PyRaise | null = null;
  private startedAt = Date.now();

  constructor(env: SimEnv, modules: ModuleTable, limits: Limits = DEFAULT_LIMITS) {
    this.env = env;
    this.limits = limits;
    this.modules = modules;
    this.builtins = createBuiltins(this);
    this.warningFilters = [{ action: 'ignore', category: C.PendingDeprecationWarning, message: null }];
  }

  callSite(stacklevel = 1): CallSite {
    const f = this.frames[this.frames.length - Math.max(1, stacklevel)] ?? this.frames[0];
    if (!f) return { filename: 'sys', line: 1, sourceLine: null };
    return { filename: f.filename, line: f.line, sourceLine: f.lines ? f.lines.text(f.line) : null };
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

  step(): void {
    const n = ++this.steps;
    if (n > this.limits.steps) this.timeout(`${this.limits.steps.toLocaleString('en-US')} steps`);
    if ((n & 4095) === 0) this.checkClock();
  }
  checkClock(): void {
    if (this.limits.seconds !== undefined && Date.now() - this.startedAt > this.limits.seconds * 1000)
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
    // The output cap is per run, like the time budget: one REPL input that printed too much
    // must not silence every later one.
    this.outputUsed = 0;
    this.truncated = false;
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

  getattr(obj: PyValue, name: string): PyValue {
    const v = this.findAttr(obj, name);
    if (v !== undefined) return v;
    throw this.attributeError(obj, name);
  }
  getattrAt(obj: PyValue, name: string, node: Pos): PyValue {
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
}

// Prototype methods, not closures: a Python call costs the same JS stack frames as before the
// split (recursion depth is bounded by JS stack use per level).
Object.assign(
  Interpreter.prototype,
  outputMethods,
  statementMethods,
  functionMethods,
  classMethods,
  callMethods,
  assignmentMethods,
  expressionMethods,
  comprehensionMethods,
);

export { ModuleTable };
