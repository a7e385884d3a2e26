// Names and targets: reading a name (locals, enclosing scopes, globals, builtins, with
// UnboundLocalError and NameError's suggestions), binding one (global/nonlocal), and the targets
// of `=`, augmented assignment (`+=` and the in-place dunders), unpacking and `del`.
import type { Expr, Pos } from '../ast.ts';
import type { Interpreter } from '../interpreter.ts';
import type { Scope } from '../scope.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyDict, PyList, PyObject, PyRaise, PySet, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { binaryOp, delItem, getItem, setItem, toArray, userDunder } from '../ops.ts';

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const assignmentMethods = {
  lookup(this: Interpreter, name: string, scope: Scope): PyValue {
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
  },

  /** NameError with what CPython's suggestion code looks at: frame locals, globals, builtins. */
  nameError(this: Interpreter, name: string, scope: Scope): PyRaise {
    const e = newException(C.NameError, [`name '${name}' is not defined`], { name });
    const names: string[] = [];
    let fnScope: Scope | null = scope;
    while (fnScope && fnScope.kind === 'comprehension') fnScope = fnScope.parent;
    if (fnScope && fnScope !== scope.globals) for (const k of fnScope.vars.keys()) names.push(k);
    for (const k of scope.globals.vars.keys()) names.push(k);
    for (const k of this.builtins.keys()) names.push(k);
    e.nameCandidates = names;
    return new PyRaise(e);
  },

  assignName(this: Interpreter, name: string, value: PyValue, scope: Scope): void {
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
  },

  assign(this: Interpreter, target: Expr, value: PyValue, scope: Scope): void {
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
  },

  unpack(this: Interpreter, targets: readonly Expr[], value: PyValue, scope: Scope): void {
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
  },

  augAssign(this: Interpreter, target: Expr, op: string, valueNode: Expr, scope: Scope): void {
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
  },

  inplace(this: Interpreter, op: string, a: PyValue, b: PyValue): PyValue {
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
  },

  deleteTarget(this: Interpreter, t: Expr, scope: Scope): void {
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
  },
};
