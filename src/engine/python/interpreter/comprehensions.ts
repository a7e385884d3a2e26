// Comprehensions and generator expressions. List/set/dict comprehensions run eagerly in their own
// `<listcomp>`-style frame, as CPython 3.11 does; a generator expression is a JS generator
// driving the same loop lazily, each resumption in a `<genexpr>` frame.
import type { Comprehension, Expr } from '../ast.ts';
import type { Frame, Interpreter } from '../interpreter.ts';
import type { PyValue } from '../values.ts';
import { PyIterator } from '../values.ts';
import { iterate, truthy } from '../ops.ts';
import { Scope } from '../scope.ts';

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const comprehensionMethods = {
  /**
   * Runs a list/set/dict comprehension in its own frame (`<listcomp>`...), as CPython 3.11 does;
   * the first iterable is evaluated in the enclosing frame first.
   */
  comprehension(
    this: Interpreter,
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
  },

  comprehend(
    this: Interpreter,
    gens: readonly Comprehension[],
    i: number,
    inner: Scope,
    first: PyValue,
    emit: () => void,
  ): void {
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
  },

  /** A lazy generator expression: a JS generator driving the same loop. */
  generator(this: Interpreter, elt: Expr, gens: readonly Comprehension[], scope: Scope): PyIterator {
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
  },
};
