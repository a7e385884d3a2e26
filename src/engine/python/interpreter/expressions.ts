// Expressions: the evalExpr switch, operators, displays (set/dict/list literals), lambdas, `:=`
// and f-strings. On failure the innermost node claims the traceback position, with the
// `~~^~~` anchor CPython 3.11 draws under a binary operator or a subscript.
import type { Expr, FStringPart } from '../ast.ts';
import type { Interpreter } from '../interpreter.ts';
import type { LineMap } from '../parse.ts';
import type { Scope } from '../scope.ts';
import type { PyValue } from '../values.ts';
import { PyDict, PyList, PyRaise, PySet, PySlice, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { hashKey } from '../dict.ts';
import { pyError } from '../errors.ts';
import { binaryOp, compare, contains, ellipsisValue, eq, getItem, toArray, truthy, userDunder } from '../ops.ts';
import { formatValue } from '../builtins/format.ts';

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const expressionMethods = {
  /** Evaluates an expression; on failure the innermost node claims the traceback position. */
  evalExpr(this: Interpreter, e: Expr, scope: Scope): PyValue {
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
  },

  evalOperator(this: Interpreter, e: Expr, scope: Scope): PyValue {
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
  },

  /** Displays, comprehensions, lambdas and `:=` (kept out of evalExpr to keep its frame small). */
  evalDisplay(this: Interpreter, e: Expr, scope: Scope): PyValue {
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
  },

  claimExpr(this: Interpreter, err: PyRaise, e: Expr): void {
    let anchor: [number, number] | null = null;
    if (e.type === 'BinOp' && e.line === e.endLine) anchor = binOpAnchor(this.currentFrame().lines, e);
    else if (e.type === 'Subscript' && e.line === e.endLine) anchor = [e.obj.endCol, e.endCol];
    this.claim(err, e, anchor);
  },

  evalElements(this: Interpreter, elts: readonly Expr[], scope: Scope): PyValue[] {
    const out: PyValue[] = [];
    for (const el of elts) {
      if (el.type === 'Starred') out.push(...toArray(this, this.evalExpr(el.value, scope)));
      else out.push(this.evalExpr(el, scope));
    }
    return out;
  },

  setAdd(this: Interpreter, s: PySet, v: PyValue): void {
    const k = hashKey(v);
    if (k === null) throw pyError(C.TypeError, `unhashable type: '${typeName(v)}'`);
    if (!s.map.has(k)) s.map.set(k, v);
  },

  dictSet(this: Interpreter, d: PyDict, k: PyValue, v: PyValue): void {
    const key = hashKey(k);
    if (key === null) throw pyError(C.TypeError, `unhashable type: '${typeName(k)}'`);
    const old = d.map.get(key);
    if (old) old[1] = v;
    else d.map.set(key, [k, v]);
  },

  unary(this: Interpreter, op: string, v: PyValue): PyValue {
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
  },

  compareOp(this: Interpreter, op: string, a: PyValue, b: PyValue): boolean {
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
  },

  fstring(this: Interpreter, parts: readonly FStringPart[], scope: Scope): string {
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
  },
};

/** `is`: identity; small ints, strings and floats compare by value, as CPython's caches make them seem. */
function identical(a: PyValue, b: PyValue): boolean {
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
