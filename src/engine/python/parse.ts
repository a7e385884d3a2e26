// lezer's concrete tree -> the plain AST of ./ast.ts. Runs only on trees without error nodes
// (./syntax.ts reports those first). Constructs outside the subset become `Unsupported` nodes,
// which raise NotImplementedError when (and only when) they run.
// Expressions are converted by ./parse/expressions.ts, which Converter extends with statements.
import type { SyntaxNode, Tree } from '@lezer/common';
import type { ExceptHandler, Expr, FunctionInfo, ParamNode, Pos, Stmt } from './ast.ts';
import { ExpressionConverter } from './parse/expressions.ts';
import { ConvertError, kids, LineMap } from './parse/source.ts';

export { ConvertError, LineMap };

const STATEMENTS = new Set([
  'AssignStatement',
  'UpdateStatement',
  'ExpressionStatement',
  'DeleteStatement',
  'PassStatement',
  'BreakStatement',
  'ContinueStatement',
  'ReturnStatement',
  'YieldStatement',
  'PrintStatement',
  'RaiseStatement',
  'ImportStatement',
  'ScopeStatement',
  'AssertStatement',
  'TypeDefinition',
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'TryStatement',
  'WithStatement',
  'FunctionDefinition',
  'ClassDefinition',
  'DecoratedStatement',
  'MatchStatement',
  'StatementGroup',
]);

export class Converter extends ExpressionConverter {
  module(tree: Tree): Stmt[] {
    return this.statements(kids(tree.topNode));
  }

  statements(nodes: SyntaxNode[]): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes) {
      if (!STATEMENTS.has(n.name)) continue;
      if (n.name === 'StatementGroup') out.push(...this.statements(kids(n)));
      else out.push(this.stmt(n));
    }
    return out;
  }

  body(n: SyntaxNode | undefined): Stmt[] {
    if (!n || n.name !== 'Body') throw new ConvertError('expected a block', n?.from ?? 0);
    return this.statements(kids(n));
  }

  stmt(n: SyntaxNode): Stmt {
    const p = this.pos(n);
    const c = kids(n);
    switch (n.name) {
      case 'ExpressionStatement':
        return { ...p, type: 'Expr', value: this.exprList(c) };
      case 'AssignStatement': {
        const typeDef = c.find((k) => k.name === 'TypeDef');
        if (typeDef) {
          const target = this.expr(c[0]!);
          const eq = c.findIndex((k) => k.name === 'AssignOp');
          const annotation = this.text(typeDef).replace(/^:\s*/, '');
          return { ...p, type: 'AnnAssign', target, annotation, value: eq < 0 ? null : this.exprList(c.slice(eq + 1)) };
        }
        const groups: SyntaxNode[][] = [[]];
        for (const k of c) {
          if (k.name === 'AssignOp') groups.push([]);
          else groups[groups.length - 1]!.push(k);
        }
        const value = this.exprList(groups.pop()!);
        return { ...p, type: 'Assign', targets: groups.map((g) => this.exprList(g)), value };
      }
      case 'UpdateStatement': {
        const opIndex = c.findIndex((k) => k.name === 'UpdateOp');
        const op = this.text(c[opIndex]!).slice(0, -1);
        return {
          ...p,
          type: 'AugAssign',
          target: this.exprList(c.slice(0, opIndex)),
          op,
          value: this.exprList(c.slice(opIndex + 1)),
        };
      }
      case 'DeleteStatement':
        return { ...p, type: 'Delete', targets: this.items(c.slice(1)) };
      case 'PassStatement':
        return { ...p, type: 'Pass' };
      case 'BreakStatement':
        return { ...p, type: 'Break' };
      case 'ContinueStatement':
        return { ...p, type: 'Continue' };
      case 'ReturnStatement':
        return { ...p, type: 'Return', value: c.length > 1 ? this.exprList(c.slice(1)) : null };
      case 'RaiseStatement': {
        const fromIdx = c.findIndex((k) => k.name === 'from');
        if (c.some((k) => k.name === ',')) return { ...p, type: 'Unsupported', what: 'the Python 2 raise form' };
        return {
          ...p,
          type: 'Raise',
          exc: c[1] && fromIdx !== 1 ? this.expr(c[1]) : null,
          cause: fromIdx > 0 && c[fromIdx + 1] ? this.expr(c[fromIdx + 1]!) : null,
        };
      }
      case 'ImportStatement':
        return this.importStmt(p, c);
      case 'ScopeStatement':
        return {
          ...p,
          type: c[0]!.name === 'global' ? 'Global' : 'Nonlocal',
          names: c.filter((k) => k.name === 'VariableName').map((k) => this.text(k)),
        };
      case 'AssertStatement': {
        const parts = this.items(c.slice(1));
        return { ...p, type: 'Assert', test: parts[0]!, msg: parts[1] ?? null };
      }
      case 'IfStatement': {
        // if test Body (elif test Body)* (else Body)?  -> nested If nodes for elif
        const branches: { test: Expr; body: Stmt[] }[] = [];
        let orelse: Stmt[] = [];
        for (let i = 0; i < c.length; i++) {
          const k = c[i]!;
          if (k.name === 'if' || k.name === 'elif') {
            branches.push({ test: this.expr(c[i + 1]!), body: this.body(c[i + 2]) });
            i += 2;
          } else if (k.name === 'else') {
            orelse = this.body(c[i + 1]);
            i++;
          }
        }
        for (let i = branches.length - 1; i > 0; i--) {
          const b = branches[i]!;
          orelse = [
            {
              ...this.pos({ from: n.from, to: n.to }),
              line: b.test.line,
              col: b.test.col,
              type: 'If',
              test: b.test,
              body: b.body,
              orelse,
            },
          ];
        }
        return { ...p, type: 'If', test: branches[0]!.test, body: branches[0]!.body, orelse };
      }
      case 'WhileStatement': {
        const elseIdx = c.findIndex((k) => k.name === 'else');
        return {
          ...p,
          type: 'While',
          test: this.expr(c[1]!),
          body: this.body(c[2]),
          orelse: elseIdx > 0 ? this.body(c[elseIdx + 1]) : [],
        };
      }
      case 'ForStatement': {
        if (c[0]!.name === 'async') return { ...p, type: 'Unsupported', what: 'async for' };
        const inIdx = c.findIndex((k) => k.name === 'in');
        const bodyIdx = c.findIndex((k) => k.name === 'Body');
        const elseIdx = c.findIndex((k) => k.name === 'else');
        return {
          ...p,
          type: 'For',
          target: this.exprList(c.slice(1, inIdx)),
          iter: this.exprList(c.slice(inIdx + 1, bodyIdx)),
          body: this.body(c[bodyIdx]),
          orelse: elseIdx > 0 ? this.body(c[elseIdx + 1]) : [],
        };
      }
      case 'TryStatement':
        return this.tryStmt(p, c);
      case 'WithStatement': {
        if (c[0]!.name === 'async') return { ...p, type: 'Unsupported', what: 'async with' };
        const items: { context: Expr; target: Expr | null }[] = [];
        for (let i = 1; i < c.length; i++) {
          const k = c[i]!;
          if (k.name === ',' || k.name === 'Body') continue;
          if (k.name === 'as') {
            items[items.length - 1] = { context: items[items.length - 1]!.context, target: this.expr(c[i + 1]!) };
            i++;
          } else items.push({ context: this.expr(k), target: null });
        }
        return { ...p, type: 'With', items, body: this.body(c.find((k) => k.name === 'Body')) };
      }
      case 'FunctionDefinition':
        return this.functionDef(n, []);
      case 'ClassDefinition':
        return this.classDef(n, []);
      case 'DecoratedStatement': {
        const decorators: Expr[] = [];
        for (const k of c) {
          if (k.name === 'Decorator') decorators.push(this.decorator(k));
          else if (k.name === 'FunctionDefinition') return { ...this.functionDef(k, decorators), ...p };
          else if (k.name === 'ClassDefinition') return { ...this.classDef(k, decorators), ...p };
        }
        throw new ConvertError('decorator without a definition', n.from);
      }
      case 'YieldStatement':
        return { ...p, type: 'Unsupported', what: 'yield (a generator function)' };
      case 'MatchStatement':
        return { ...p, type: 'Unsupported', what: 'the match statement' };
      case 'TypeDefinition':
        return { ...p, type: 'Unsupported', what: 'the type statement' };
      case 'PrintStatement':
        throw new ConvertError("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from, n.to);
    }
    throw new ConvertError(`unknown statement ${n.name}`, n.from);
  }

  decorator(n: SyntaxNode): Expr {
    const c = kids(n).filter((k) => k.name !== 'At');
    let e: Expr | null = null;
    let start = n.from + 1;
    for (const k of c) {
      if (k.name === 'VariableName') {
        const name = this.text(k);
        e =
          e === null
            ? { ...this.pos(k), type: 'Name', id: name }
            : { ...this.pos({ from: start, to: k.to }), type: 'Attribute', obj: e, name };
        if (e.type === 'Name') start = k.from;
      } else if (k.name === 'ArgList' && e) {
        e = { ...this.pos({ from: start, to: k.to }), type: 'Call', func: e, args: this.args(k) };
      }
    }
    if (!e) throw new ConvertError('empty decorator', n.from);
    return e;
  }

  importStmt(p: Pos, c: SyntaxNode[]): Stmt {
    const names: { name: string; asname: string | null }[] = [];
    const readNames = (nodes: SyntaxNode[]) => {
      let cur: string[] = [];
      let pendingAs = false;
      const flush = () => {
        if (cur.length) names.push({ name: cur.join('.'), asname: null });
        cur = [];
      };
      for (const k of nodes) {
        if (k.name === 'importList') {
          readNames(kids(k));
          continue;
        }
        if (k.name === 'VariableName') {
          if (pendingAs) {
            flush();
            names[names.length - 1] = { name: names[names.length - 1]!.name, asname: this.text(k) };
            pendingAs = false;
          } else cur.push(this.text(k));
        } else if (k.name === 'as') pendingAs = true;
        else if (k.name === ',') flush();
      }
      flush();
    };
    if (c[0]!.name === 'import') {
      readNames(c.slice(1));
      return { ...p, type: 'Import', names };
    }
    const importIdx = c.findIndex((k) => k.name === 'import');
    let level = 0;
    const mod: string[] = [];
    for (const k of c.slice(1, importIdx)) {
      // Leading dots make a relative import; dots between names are the dotted path.
      if (mod.length === 0 && k.name === '.') level++;
      else if (mod.length === 0 && (k.name === 'Ellipsis' || k.name === '...')) level += 3;
      else if (k.name === 'VariableName') mod.push(this.text(k));
    }
    const rest = c.slice(importIdx + 1);
    if (rest.length === 1 && rest[0]!.name === '*')
      return { ...p, type: 'ImportFrom', module: mod.join('.'), level, names: '*' };
    readNames(rest);
    return { ...p, type: 'ImportFrom', module: mod.join('.'), level, names };
  }

  tryStmt(p: Pos, c: SyntaxNode[]): Stmt {
    const body = this.body(c[1]);
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (let i = 2; i < c.length; i++) {
      const k = c[i]!;
      if (k.name === 'except') {
        let j = i + 1;
        if (c[j]?.name === '*') return { ...p, type: 'Unsupported', what: 'except*' };
        let type: Expr | null = null;
        let name: string | null = null;
        if (c[j]!.name !== 'Body') {
          type = this.expr(c[j]!);
          j++;
          if (c[j]!.name === 'as') {
            name = this.text(c[j + 1]!);
            j += 2;
          } else if (c[j]!.name === ',') return { ...p, type: 'Unsupported', what: 'the Python 2 except form' };
        }
        handlers.push({ type, name, body: this.body(c[j]), line: this.lines.line(k.from) });
        i = j;
      } else if (k.name === 'else') {
        orelse = this.body(c[++i]);
      } else if (k.name === 'finally') {
        finalbody = this.body(c[++i]);
      }
    }
    return { ...p, type: 'Try', body, handlers, orelse, finalbody };
  }

  functionDef(n: SyntaxNode, decorators: Expr[]): Stmt {
    const c = kids(n);
    const p = this.pos(n);
    if (c[0]!.name === 'async') return { ...p, type: 'Unsupported', what: 'async def' };
    const name = this.text(c.find((k) => k.name === 'VariableName')!);
    if (containsYield(n)) return { ...p, type: 'Unsupported', what: 'yield (a generator function)' };
    const params = this.params(c.find((k) => k.name === 'ParamList')!);
    const body = this.body(c.find((k) => k.name === 'Body'));
    return {
      ...p,
      type: 'FunctionDef',
      name,
      params,
      body,
      decorators,
      info: analyse(params, body),
      docstring: docstring(body),
    };
  }

  classDef(n: SyntaxNode, decorators: Expr[]): Stmt {
    const c = kids(n);
    const name = this.text(c.find((k) => k.name === 'VariableName')!);
    const argList = c.find((k) => k.name === 'ArgList');
    const body = this.body(c.find((k) => k.name === 'Body'));
    return {
      ...this.pos(n),
      type: 'ClassDef',
      name,
      bases: argList ? this.args(argList) : [],
      body,
      decorators,
      docstring: docstring(body),
    };
  }
}

/** Whether a function's own body (not nested defs or lambdas) yields: a generator function. */
function containsYield(fn: SyntaxNode): boolean {
  let found = false;
  const body = fn.getChild('Body');
  if (!body) return false;
  const cursor = body.cursor();
  const walk = (): void => {
    do {
      const name = cursor.name;
      if (name === 'YieldStatement' || name === 'YieldExpression') {
        found = true;
        return;
      }
      if (name === 'FunctionDefinition' || name === 'LambdaExpression' || name === 'ClassDefinition') continue;
      if (cursor.firstChild()) {
        walk();
        cursor.parent();
        if (found) return;
      }
    } while (cursor.nextSibling());
  };
  if (cursor.firstChild()) walk();
  return found;
}

function docstring(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (
    first?.type === 'Expr' &&
    first.value.type === 'Const' &&
    typeof first.value.value === 'string' &&
    !first.value.ellipsis
  )
    return first.value.value;
  return null;
}

/** Which names a function body binds: Python decides locality statically (UnboundLocalError). */
export function analyse(params: readonly ParamNode[], body: readonly Stmt[]): FunctionInfo {
  const locals = new Set<string>(params.map((p) => p.name));
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  const target = (e: Expr): void => {
    if (e.type === 'Name') locals.add(e.id);
    else if (e.type === 'Tuple' || e.type === 'List') e.elts.forEach(target);
    else if (e.type === 'Starred') target(e.value);
  };
  const walk = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      switch (s.type) {
        case 'Assign':
          s.targets.forEach(target);
          break;
        case 'AugAssign':
        case 'AnnAssign':
          target(s.target);
          break;
        case 'Delete':
          s.targets.forEach(target);
          break;
        case 'For':
          target(s.target);
          walk(s.body);
          walk(s.orelse);
          break;
        case 'While':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'If':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'With':
          for (const it of s.items) if (it.target) target(it.target);
          walk(s.body);
          break;
        case 'Try':
          walk(s.body);
          for (const h of s.handlers) {
            if (h.name) locals.add(h.name);
            walk(h.body);
          }
          walk(s.orelse);
          walk(s.finalbody);
          break;
        case 'FunctionDef':
        case 'ClassDef':
          locals.add(s.name);
          break;
        case 'Import':
          for (const n of s.names) locals.add(n.asname ?? n.name.split('.')[0]!);
          break;
        case 'ImportFrom':
          if (s.names !== '*') for (const n of s.names) locals.add(n.asname ?? n.name);
          break;
        case 'Global':
          s.names.forEach((n) => globals.add(n));
          break;
        case 'Nonlocal':
          s.names.forEach((n) => nonlocals.add(n));
          break;
        default:
          break;
      }
    }
  };
  walk(body);
  for (const g of globals) locals.delete(g);
  for (const n of nonlocals) locals.delete(n);
  return { locals, globals, nonlocals };
}
