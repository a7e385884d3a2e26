// Compile-time errors lezer accepts but CPython's compiler refuses (assigning to a literal, a call
// or an expression; `return`, `break` or `continue` outside their block; `nonlocal` at module
// level), with CPython 3.11's wording. `span` builds a diagnostic over a node for ../syntax.ts too.
import type { Expr, Stmt } from '../ast.ts';
import type { LineMap } from '../parse.ts';
import type { SyntaxDiag } from '../syntax.ts';

export function span(lines: LineMap, message: string, from: number, to: number): SyntaxDiag {
  const line = lines.line(from);
  const col = lines.col(from);
  const endCol = lines.line(to) === line ? lines.col(to) : col + 1;
  return { kind: 'SyntaxError', message, line, col, endLine: line, endCol, caret: true };
}

/** Checks CPython makes after parsing: assignment targets, return/break/continue placement. */
export function checkSemantics(body: readonly Stmt[]): SyntaxDiag | null {
  let found: SyntaxDiag | null = null;
  const fail = (d: SyntaxDiag) => {
    if (!found) found = d;
  };
  const span = (e: { line: number; col: number; endLine: number; endCol: number }, message: string) =>
    fail({
      kind: 'SyntaxError',
      message,
      line: e.line,
      col: e.col,
      endLine: e.endLine,
      endCol: e.endLine === e.line ? e.endCol : e.col + 1,
      caret: true,
    });
  const targetKind = (e: Expr): string | null => {
    switch (e.type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        return null;
      case 'Tuple':
      case 'List':
        for (const x of e.elts) {
          const k = targetKind(x.type === 'Starred' ? x.value : x);
          if (k) return k;
        }
        return null;
      case 'Const':
        if (e.value === true || e.value === false || e.value === null)
          return String(e.value === null ? 'None' : e.value ? 'True' : 'False');
        return 'literal';
      case 'FString':
        return 'literal';
      case 'Call':
        return 'function call';
      default:
        return 'expression';
    }
  };
  const walk = (stmts: readonly Stmt[], inFunction: boolean, inLoop: boolean): void => {
    for (const s of stmts) {
      switch (s.type) {
        case 'Return':
          if (!inFunction) span(s, "'return' outside function");
          break;
        case 'Break':
          if (!inLoop) span(s, "'break' outside loop");
          break;
        case 'Continue':
          if (!inLoop) span(s, "'continue' not properly in loop");
          break;
        case 'Assign':
          for (const t of s.targets) {
            const k = targetKind(t);
            if (k) {
              const bad = t.type === 'Tuple' || t.type === 'List' ? (t.elts.find((x) => targetKind(x)) ?? t) : t;
              if (k === 'True' || k === 'False' || k === 'None') span(bad, `cannot assign to ${k}`);
              else span(bad, `cannot assign to ${k} here. Maybe you meant '==' instead of '='?`);
            }
          }
          break;
        case 'AugAssign':
          if (s.target.type === 'Tuple' || s.target.type === 'List')
            span(s.target, `'${s.target.type.toLowerCase()}' is an illegal expression for augmented assignment`);
          else if (targetKind(s.target))
            span(s.target, `'${targetKind(s.target)}' is an illegal expression for augmented assignment`);
          break;
        case 'Delete':
          for (const t of s.targets) {
            const k = targetKind(t);
            if (k) span(t, `cannot delete ${k}`);
          }
          break;
        case 'For': {
          const k = targetKind(s.target);
          if (k) span(s.target, `cannot assign to ${k}`);
          walk(s.body, inFunction, true);
          walk(s.orelse, inFunction, inLoop);
          break;
        }
        case 'While':
          walk(s.body, inFunction, true);
          walk(s.orelse, inFunction, inLoop);
          break;
        case 'If':
          walk(s.body, inFunction, inLoop);
          walk(s.orelse, inFunction, inLoop);
          break;
        case 'With':
          walk(s.body, inFunction, inLoop);
          break;
        case 'Try':
          walk(s.body, inFunction, inLoop);
          for (const h of s.handlers) walk(h.body, inFunction, inLoop);
          walk(s.orelse, inFunction, inLoop);
          walk(s.finalbody, inFunction, inLoop);
          break;
        case 'FunctionDef':
          walk(s.body, true, false);
          break;
        case 'ClassDef':
          walk(s.body, false, false);
          break;
        case 'Nonlocal':
          if (!inFunction) span(s, 'nonlocal declaration not allowed at module level');
          break;
        default:
          break;
      }
    }
  };
  walk(body, false, false);
  return found;
}
