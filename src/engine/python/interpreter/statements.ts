// Statements: the exec switch and the compound statements (loops, try, with, raise, import).
// Each returns a Signal (./signals.ts) rather than throwing for break/continue/return.
import type { Expr, ExceptHandler, Stmt } from '../ast.ts';
import type { Frame, Interpreter } from '../interpreter.ts';
import type { Scope } from '../scope.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyDict, PyException, PyList, PyModule, PyRaise, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName, typeOf } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { iterate, truthy } from '../ops.ts';
import { stdlibModules } from '../stdlib/index.ts';
import { BREAK, CONTINUE, ReturnSignal, type Signal } from './signals.ts';

/** The statements exec hands to execCompound. */
type CompoundStmt = Exclude<Stmt, { type: 'Expr' | 'Assign' | 'Return' | 'If' | 'Break' | 'Continue' }>;

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const statementMethods = {
  execBlock(this: Interpreter, body: readonly Stmt[], scope: Scope, frame: Frame): Signal {
    for (let i = 0; i < body.length; i++) {
      const sig = this.exec(body[i]!, scope, frame);
      if (sig !== undefined) return sig;
    }
    return undefined;
  },

  /** Runs one statement. The try/catch shares this frame with the switch: deep recursion costs JS stack. */
  exec(this: Interpreter, s: Stmt, scope: Scope, frame: Frame): Signal {
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
  },

  /**
   * The less frequent statements, kept out of exec so its JS frame stays small. exec answers the
   * frequent ones itself, so they are not part of this function's type.
   */
  execCompound(this: Interpreter, s: CompoundStmt, scope: Scope, frame: Frame): Signal {
    switch (s.type) {
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
  },

  raise(this: Interpreter, s: Extract<Stmt, { type: 'Raise' }>, scope: Scope, frame: Frame): Signal {
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
  },

  /** `raise X` accepts an exception class or instance. */
  toException(this: Interpreter, v: PyValue): PyException {
    if (v instanceof PyClass && v.isSubclassOf(C.BaseException)) {
      const inst = this.callValue(v, [], null);
      if (inst instanceof PyException) return inst;
    }
    if (v instanceof PyException) return v;
    throw pyError(C.TypeError, 'exceptions must derive from BaseException');
  },

  tryStmt(this: Interpreter, s: Extract<Stmt, { type: 'Try' }>, scope: Scope, frame: Frame): Signal {
    let result: Signal;
    let pending: unknown = null;
    let threw = false;
    // `else` runs only when the body raised nothing, not after a handler dealt with an exception.
    let raised = false;
    try {
      result = this.execBlock(s.body, scope, frame);
    } catch (e) {
      raised = true;
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
    if (!raised && s.orelse.length && result === undefined) {
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
  },

  findHandler(
    this: Interpreter,
    handlers: readonly ExceptHandler[],
    exc: PyException,
    scope: Scope,
    frame: Frame,
  ): ExceptHandler | null {
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
  },

  withStmt(
    this: Interpreter,
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
  },

  importFrom(
    this: Interpreter,
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
  },
};

/** Where CPython's "cannot import name" says a module came from: its file, else "unknown location". */
function importedFrom(m: PyModule): string {
  const file = m.dict.get('__file__');
  return typeof file === 'string' ? file : 'unknown location';
}
