// User functions (`def` and `lambda`): building a PyFunction from its definition, decorators,
// and calling one: binding arguments into a fresh scope and running the body in its own frame.
import type { Expr, FunctionInfo, ParamNode, Stmt } from '../ast.ts';
import type { Frame, Interpreter } from '../interpreter.ts';
import type { LineMap } from '../parse.ts';
import type { PyValue } from '../values.ts';
import { PyFunction, PyRaise } from '../values.ts';
import * as C from '../classes.ts';
import { pyError } from '../errors.ts';
import { Scope } from '../scope.ts';
import { BindError, bind } from '../signature.ts';
import type { Param, Signature } from '../signature.ts';
import { ReturnSignal } from './signals.ts';
import { jsLimit } from '../costs.ts';

/** The code of a `def`/`lambda`: what PyFunction.code holds. */
interface FunctionCode {
  readonly body: readonly Stmt[] | Expr;
  readonly info: FunctionInfo;
  readonly filename: string;
  readonly lines: LineMap | null;
}

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const functionMethods = {
  makeFunction(
    this: Interpreter,
    name: string,
    params: readonly ParamNode[],
    body: readonly Stmt[] | Expr,
    info: FunctionInfo,
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
  },

  /** `@decorator`: a failure points at the decorator expression, as in CPython's traceback. */
  applyDecorator(this: Interpreter, decorator: PyValue, target: PyValue, node: Expr): PyValue {
    try {
      return this.callValue(decorator, [target], null);
    } catch (e) {
      this.claim(e, node);
      throw e;
    }
  },

  callFunction(this: Interpreter, fn: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
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
      const raised =
        e instanceof RangeError ? (jsLimit(e) === 'stack' ? this.stackExhausted() : pyError(C.MemoryError)) : e;
      this.unwind(raised, frame);
      throw raised;
    } finally {
      this.frames.pop();
    }
  },

  /** The JS stack ran out before the counted limit: the same RecursionError, raised once. */
  stackExhausted(this: Interpreter): PyRaise {
    this.exhausted ??= pyError(C.RecursionError, 'maximum recursion depth exceeded');
    return this.exhausted;
  },

  enterFunction(this: Interpreter, fn: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): Scope {
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
  },
};
