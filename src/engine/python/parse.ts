// lezer's concrete tree -> the plain AST of ./ast.ts. Runs only on trees without error nodes
// (./syntax.ts reports those first). Constructs outside the subset become `Unsupported` nodes,
// which raise NotImplementedError when (and only when) they run.
import type { SyntaxNode, Tree } from '@lezer/common';
import type {
  Arg,
  Comprehension,
  DictEntry,
  ExceptHandler,
  Expr,
  FStringPart,
  FunctionInfo,
  ParamNode,
  Pos,
  Stmt,
} from './ast.ts';

export class LineMap {
  readonly starts: number[] = [0];
  readonly lines: string[];
  readonly source: string;
  constructor(source: string) {
    this.source = source;
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
    this.lines = source.split('\n');
  }
  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  col(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]!;
  }
  text(line: number): string {
    return (this.lines[line - 1] ?? '').replace(/\r$/, '');
  }
}

/** Thrown for a construct the converter cannot read (only reached on malformed trees). */
export class ConvertError {
  readonly message: string;
  readonly from: number;
  /** End of the span CPython underlines, when wider than one character. */
  readonly to: number | null;
  constructor(message: string, from: number, to: number | null = null) {
    this.message = message;
    this.from = from;
    this.to = to;
  }
}

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

const SKIP = new Set(['Comment', '(', ')', '[', ']', '{', '}']);

function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

export class Converter {
  readonly src: string;
  readonly lines: LineMap;
  constructor(src: string, lines: LineMap) {
    this.src = src;
    this.lines = lines;
  }

  pos(n: { from: number; to: number }): Pos {
    const l = this.lines;
    return { line: l.line(n.from), col: l.col(n.from), endLine: l.line(n.to), endCol: l.col(n.to) };
  }
  text(n: { from: number; to: number }): string {
    return this.src.slice(n.from, n.to);
  }

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

  params(n: SyntaxNode): ParamNode[] {
    const out: ParamNode[] = [];
    const c = kids(n);
    let keywordOnly = false;
    let prevEnd = n.from;
    for (let i = 0; i < c.length; i++) {
      const k = c[i]!;
      // lezer keeps no node for the positional-only marker `/`: find it in the gaps.
      if (this.src.slice(prevEnd, k.from).trim() === '/') {
        const last = out[out.length - 1];
        if (last) out[out.length - 1] = { ...last, positionalOnlyEnd: true };
      }
      prevEnd = k.to;
      if (k.name === 'VariableName') {
        let def: Expr | null = null;
        let j = i + 1;
        if (c[j]?.name === 'TypeDef') j++;
        if (c[j]?.name === 'AssignOp') {
          def = this.expr(c[j + 1]!);
          j += 2;
        }
        if (!keywordOnly && def === null && out.some((p) => p.kind === 'positional' && p.default !== null))
          throw new ConvertError('non-default argument follows default argument', k.from, k.to);
        out.push({ name: this.text(k), kind: keywordOnly ? 'keyword-only' : 'positional', default: def });
        i = j - 1;
      } else if (k.name === '*') {
        keywordOnly = true;
        if (c[i + 1]?.name === 'VariableName') {
          out.push({ name: this.text(c[i + 1]!), kind: 'varargs', default: null });
          i++;
        }
      } else if (k.name === '**') {
        out.push({ name: this.text(c[i + 1]!), kind: 'varkw', default: null });
        i++;
      } else if (k.name === '/') {
        const last = out[out.length - 1];
        if (last) out[out.length - 1] = { ...last, positionalOnlyEnd: true };
      }
    }
    return out;
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

  /** Comma-separated expressions (with `*x`) -> a tuple when there is a comma, else the one expression. */
  exprList(nodes: SyntaxNode[]): Expr {
    const items = this.items(nodes);
    const hasComma = nodes.some((k) => k.name === ',');
    if (!hasComma && items.length === 1) return items[0]!;
    const first = nodes[0]!;
    const last = nodes[nodes.length - 1]!;
    return { ...this.pos({ from: first.from, to: last.to }), type: 'Tuple', elts: items };
  }

  items(nodes: SyntaxNode[]): Expr[] {
    const out: Expr[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const k = nodes[i]!;
      if (k.name === ',' || SKIP.has(k.name)) continue;
      if (k.name === '*') {
        const v = nodes[++i]!;
        out.push({ ...this.pos({ from: k.from, to: v.to }), type: 'Starred', value: this.expr(v) });
      } else out.push(this.expr(k));
    }
    return out;
  }

  args(n: SyntaxNode): Arg[] {
    const c = kids(n).filter((k) => k.name !== '(' && k.name !== ')');
    const out: Arg[] = [];
    for (let i = 0; i < c.length; i++) {
      const k = c[i]!;
      if (k.name === ',') continue;
      if (k.name === '*') out.push({ kind: 'star', value: this.expr(c[++i]!) });
      else if (k.name === '**') out.push({ kind: 'dstar', value: this.expr(c[++i]!) });
      else if (k.name === 'VariableName' && c[i + 1]?.name === 'AssignOp' && this.text(c[i + 1]!) === '=') {
        out.push({ kind: 'kw', name: this.text(k), value: this.expr(c[i + 2]!) });
        i += 2;
      } else if (k.name === 'VariableName' && c[i + 1]?.name === 'AssignOp') {
        // f(x := 1): an assignment expression as a positional argument.
        const value = c[i + 2]!;
        out.push({
          kind: 'pos',
          value: {
            ...this.pos({ from: k.from, to: value.to }),
            type: 'NamedExpr',
            target: this.text(k),
            value: this.expr(value),
          },
        });
        i += 2;
      } else if (c[i + 1]?.name === 'for') {
        // f(x for x in xs): a bare generator argument must be the only argument; its targets
        // may hold commas (`for k, v in d.items()`), so it runs to the closing parenthesis.
        if (out.length > 0)
          throw new ConvertError('Generator expression must be parenthesized', k.from, c[c.length - 1]!.to);
        const j = c.length;
        const comp = this.comprehension(c.slice(i + 1, j), k.from);
        out.push({
          kind: 'pos',
          value: {
            ...this.pos({ from: k.from, to: c[j - 1]!.to }),
            type: 'GenExp',
            elt: this.expr(k),
            generators: comp,
          },
        });
        i = j;
      } else {
        if (out.some((a) => a.kind === 'kw'))
          throw new ConvertError('positional argument follows keyword argument', k.to, k.to + 1);
        if (out.some((a) => a.kind === 'dstar'))
          throw new ConvertError('positional argument follows keyword argument unpacking', k.to, k.to + 1);
        out.push({ kind: 'pos', value: this.expr(k) });
      }
    }
    return out;
  }

  comprehension(c: SyntaxNode[], eltFrom = c[0]?.from ?? 0): Comprehension[] {
    const gens: { target: Expr; iter: Expr; ifs: Expr[] }[] = [];
    for (let i = 0; i < c.length; i++) {
      const k = c[i]!;
      if (k.name === 'async') throw new ConvertError('async comprehension', k.from);
      if (k.name === 'for') {
        const inIdx = c.findIndex((x, j) => j > i && x.name === 'in');
        gens.push({ target: this.exprList(c.slice(i + 1, inIdx)), iter: this.expr(c[inIdx + 1]!), ifs: [] });
        i = inIdx + 1;
        if (c[i + 1]?.name === ',')
          throw new ConvertError('Generator expression must be parenthesized', eltFrom, c[i]!.to);
      } else if (k.name === 'if') {
        gens[gens.length - 1]!.ifs.push(this.expr(c[++i]!));
      }
    }
    return gens;
  }

  expr(n: SyntaxNode): Expr {
    try {
      return this.exprInner(n);
    } catch (e) {
      if (e instanceof EscapeError) throw new ConvertError(e.message, n.to);
      throw e;
    }
  }

  exprInner(n: SyntaxNode): Expr {
    const p = this.pos(n);
    switch (n.name) {
      case 'VariableName':
        return { ...p, type: 'Name', id: this.text(n) };
      case 'Number':
        return this.number(n, p);
      case 'String':
        if (/^[rR]?[bB]/.test(this.text(n))) return { ...p, type: 'Unsupported', what: 'a bytes literal' };
        return { ...p, type: 'Const', value: decodeString(this.text(n)) ?? '' };
      case 'FormatString':
        return { ...p, type: 'FString', parts: this.fstring(n) };
      case 'ContinuedString': {
        const parts: FStringPart[] = [];
        let anyF = false;
        for (const k of kids(n)) {
          if (k.name === 'FormatString') {
            anyF = true;
            parts.push(...this.fstring(k));
          } else parts.push(decodeString(this.text(k)) ?? '');
        }
        if (!anyF) return { ...p, type: 'Const', value: parts.join('') };
        return { ...p, type: 'FString', parts };
      }
      case 'Boolean':
        return { ...p, type: 'Const', value: this.text(n) === 'True' };
      case 'None':
        return { ...p, type: 'Const', value: null };
      case 'Ellipsis':
      case '...':
        return { ...p, type: 'Const', value: 'Ellipsis', ellipsis: true };
      case 'ParenthesizedExpression': {
        const inner = kids(n).filter((k) => k.name !== '(' && k.name !== ')');
        if (inner[0]?.name === 'YieldExpression')
          return { ...p, type: 'Unsupported', what: 'yield (a generator function)' };
        if (inner[0]?.name === '*') return { ...p, type: 'Starred', value: this.expr(inner[1]!) };
        return this.expr(inner[0]!);
      }
      case 'TupleExpression':
        return { ...p, type: 'Tuple', elts: this.items(kids(n)) };
      case 'ArrayExpression':
        return { ...p, type: 'List', elts: this.items(kids(n)) };
      case 'SetExpression':
        return { ...p, type: 'Set', elts: this.items(kids(n)) };
      case 'DictionaryExpression':
        return { ...p, type: 'Dict', entries: this.dictEntries(kids(n)) };
      case 'ComprehensionExpression':
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression': {
        const c = kids(n).filter((k) => !SKIP.has(k.name));
        const forIdx = c.findIndex((k) => k.name === 'for' || k.name === 'async');
        const type =
          n.name === 'ComprehensionExpression'
            ? 'GenExp'
            : n.name === 'ArrayComprehensionExpression'
              ? 'ListComp'
              : 'SetComp';
        return { ...p, type, elt: this.expr(c[0]!), generators: this.comprehension(c.slice(forIdx)) };
      }
      case 'DictionaryComprehensionExpression': {
        const c = kids(n).filter((k) => !SKIP.has(k.name));
        if (c[0]!.name === '**') return { ...p, type: 'Unsupported', what: 'dict unpacking in a comprehension' };
        const forIdx = c.findIndex((k) => k.name === 'for' || k.name === 'async');
        return {
          ...p,
          type: 'DictComp',
          key: this.expr(c[0]!),
          value: this.expr(c[2]!),
          generators: this.comprehension(c.slice(forIdx)),
        };
      }
      case 'BinaryExpression':
        return this.binary(n, p);
      case 'UnaryExpression': {
        const c = kids(n);
        const op = this.text(c[0]!) as '-' | '+' | '~' | 'not';
        return { ...p, type: 'Unary', op, operand: this.expr(c[1]!) };
      }
      case 'CallExpression': {
        const c = kids(n);
        return { ...p, type: 'Call', func: this.expr(c[0]!), args: this.args(c[1]!) };
      }
      case 'MemberExpression': {
        const c = kids(n);
        const obj = this.expr(c[0]!);
        if (c[1]!.name === '.') return { ...p, type: 'Attribute', obj, name: this.text(c[2]!) };
        return { ...p, type: 'Subscript', obj, index: this.subscript(c.slice(2, -1), c[1]!, c[c.length - 1]!) };
      }
      case 'ConditionalExpression': {
        const c = kids(n);
        return { ...p, type: 'IfExp', body: this.expr(c[0]!), test: this.expr(c[2]!), orelse: this.expr(c[4]!) };
      }
      case 'LambdaExpression': {
        const c = kids(n);
        const paramList = c.find((k) => k.name === 'ParamList');
        const params = paramList ? this.params(paramList) : [];
        const body = this.expr(c[c.length - 1]!);
        const locals = new Set(params.map((x) => x.name));
        return { ...p, type: 'Lambda', params, body, info: { locals, globals: new Set(), nonlocals: new Set() } };
      }
      case 'NamedExpression': {
        const c = kids(n);
        if (c[0]!.name !== 'VariableName')
          throw new ConvertError('cannot use assignment expressions with this target', n.from);
        return { ...p, type: 'NamedExpr', target: this.text(c[0]!), value: this.expr(c[2]!) };
      }
      case 'AwaitExpression':
        return { ...p, type: 'Unsupported', what: 'await' };
      case 'YieldExpression':
        return { ...p, type: 'Unsupported', what: 'yield (a generator function)' };
    }
    throw new ConvertError(`unknown expression ${n.name}`, n.from);
  }

  subscript(c: SyntaxNode[], open: SyntaxNode, close: SyntaxNode): Expr {
    const parts: SyntaxNode[][] = [[]];
    for (const k of c) {
      if (k.name === ',') parts.push([]);
      else parts[parts.length - 1]!.push(k);
    }
    const hasComma = parts.length > 1;
    if (hasComma && parts[parts.length - 1]!.length === 0) parts.pop();
    const one = (part: SyntaxNode[]): Expr => {
      if (!part.some((k) => k.name === ':')) return this.expr(part[0]!);
      const slots: (Expr | null)[] = [null, null, null];
      let slot = 0;
      for (const k of part) {
        if (k.name === ':') slot++;
        else slots[slot] = this.expr(k);
      }
      const from = part[0]!.from;
      return {
        ...this.pos({ from, to: part[part.length - 1]!.to }),
        type: 'Slice',
        lower: slots[0]!,
        upper: slots[1]!,
        step: slots[2]!,
      };
    };
    if (!hasComma) return one(parts[0]!);
    return { ...this.pos({ from: open.to, to: close.from }), type: 'Tuple', elts: parts.map(one) };
  }

  dictEntries(c: SyntaxNode[]): DictEntry[] {
    const out: DictEntry[] = [];
    const inner = c.filter((k) => !SKIP.has(k.name));
    for (let i = 0; i < inner.length; i++) {
      const k = inner[i]!;
      if (k.name === ',') continue;
      if (k.name === '**') out.push({ spread: this.expr(inner[++i]!) });
      else {
        out.push({ key: this.expr(k), value: this.expr(inner[i + 2]!) });
        i += 2;
      }
    }
    return out;
  }

  binary(n: SyntaxNode, p: Pos): Expr {
    const c = kids(n);
    const left = c[0]!;
    const right = c[c.length - 1]!;
    const opText = c
      .slice(1, -1)
      .map((k) => this.text(k))
      .join(' ');
    if (opText === 'and' || opText === 'or')
      return { ...p, type: 'BoolOp', op: opText, left: this.expr(left), right: this.expr(right) };
    const compareOps = ['<', '>', '==', '>=', '<=', '!=', '<>', 'in', 'not in', 'is', 'is not'];
    if (compareOps.includes(opText)) {
      if (opText === '<>') throw new ConvertError('invalid syntax', c[1]!.from);
      // `a < b < c` arrives as ((a < b) < c): flatten into one chained comparison.
      const l = this.expr(left);
      const r = this.expr(right);
      if (l.type === 'Compare' && left.name === 'BinaryExpression')
        return { ...p, type: 'Compare', ops: [...l.ops, opText], operands: [...l.operands, r] };
      return { ...p, type: 'Compare', ops: [opText], operands: [l, r] };
    }
    return { ...p, type: 'BinOp', op: opText, left: this.expr(left), right: this.expr(right) };
  }

  number(n: SyntaxNode, p: Pos): Expr {
    const t = this.text(n).replace(/_/g, '');
    if (/[jJ]$/.test(t)) return { ...p, type: 'Unsupported', what: 'a complex number' };
    if (/^0[xX]/.test(t)) return { ...p, type: 'Const', value: BigInt(t) };
    if (/^0[oO]/.test(t)) return { ...p, type: 'Const', value: BigInt('0o' + t.slice(2)) };
    if (/^0[bB]/.test(t)) return { ...p, type: 'Const', value: BigInt('0b' + t.slice(2)) };
    if (/^\d+$/.test(t)) return { ...p, type: 'Const', value: BigInt(t) };
    return { ...p, type: 'Const', value: Number(t) };
  }

  fstring(n: SyntaxNode): FStringPart[] {
    const raw = this.text(n);
    const prefix = /^[a-zA-Z]*/.exec(raw)![0];
    const isRaw = /r/i.test(prefix);
    const quoteLen = raw.startsWith('"""', prefix.length) || raw.startsWith("'''", prefix.length) ? 3 : 1;
    const start = n.from + prefix.length + quoteLen;
    const end = n.to - quoteLen;
    return this.fstringRange(n, start, end, isRaw);
  }

  fstringRange(n: SyntaxNode, start: number, end: number, isRaw: boolean): FStringPart[] {
    const parts: FStringPart[] = [];
    let at = start;
    const literal = (to: number) => {
      if (to <= at) return;
      let s = this.src.slice(at, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      if (!isRaw) s = decodeEscapes(s);
      if (s) parts.push(s);
    };
    for (const k of kids(n)) {
      if (k.name !== 'FormatReplacement' || k.from < start || k.to > end) continue;
      literal(k.from);
      parts.push(this.replacement(k));
      at = k.to;
    }
    literal(end);
    return parts;
  }

  replacement(k: SyntaxNode): FStringPart {
    const c = kids(k).filter((x) => x.name !== '{' && x.name !== '}');
    const exprNodes: SyntaxNode[] = [];
    let selfDoc: string | null = null;
    let conversion: 'r' | 's' | 'a' | null = null;
    let spec: Expr | null = null;
    for (let idx = 0; idx < c.length; idx++) {
      const x = c[idx]!;
      // `f"{x = }"` keeps the spaces on both sides of `=` in its output.
      if (x.name === 'FormatSelfDoc') selfDoc = this.src.slice(k.from + 1, c[idx + 1]?.from ?? k.to - 1);
      else if (x.name === 'FormatConversion') conversion = this.text(x).slice(1) as 'r' | 's' | 'a';
      else if (x.name === 'FormatSpec') {
        const parts = this.fstringRange(x, x.from + 1, x.to, false);
        spec = { ...this.pos(x), type: 'FString', parts };
      } else exprNodes.push(x);
    }
    const expr = this.exprList(exprNodes);
    if (selfDoc !== null && conversion === null && spec === null) conversion = 'r';
    return { expr, selfDoc, conversion, spec };
  }
}

/** A string literal's value (prefix, quotes, escapes), or null for bytes (unsupported). */
export function decodeString(raw: string): string | null {
  const prefix = /^[a-zA-Z]*/.exec(raw)![0];
  const q = raw.slice(prefix.length);
  const quoteLen = q.startsWith('"""') || q.startsWith("'''") ? 3 : 1;
  const body = q.slice(quoteLen, q.length - quoteLen);
  if (/r/i.test(prefix)) return body;
  return decodeEscapes(body);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

/** A truncated `\\x`/`\\u`/`\\U` escape: CPython's "(unicode error)" SyntaxError. */
export class EscapeError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export function decodeEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  const bad = /\\(?:x(?![0-9a-fA-F]{2})|u(?![0-9a-fA-F]{4})|U(?![0-9a-fA-F]{8}))/.exec(s);
  if (bad && !/^(\\\\)*$/.test(s.slice(0, bad.index).match(/\\*$/)![0])) {
    // preceded by an escaped backslash: not an escape at all
  } else if (bad) {
    const kind = bad[0][1]!;
    const want = kind === 'x' ? 'XX' : kind === 'u' ? 'XXXX' : 'XXXXXXXX';
    const digits = /^[0-9a-fA-F]*/.exec(s.slice(bad.index + 2))![0].length;
    throw new EscapeError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${bad.index}-${bad.index + 1 + digits}: truncated \\${kind}${want} escape`,
    );
  }
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g,
    (m, e: string) => {
      if (e in SIMPLE_ESCAPES && !/^[0-7]{2,3}$/.test(e)) return SIMPLE_ESCAPES[e]!;
      if (/^[xuU]/.test(e)) {
        const cp = parseInt(e.slice(1), 16);
        return Number.isNaN(cp) || cp > 0x10ffff ? m : String.fromCodePoint(cp);
      }
      if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
      return m;
    },
  );
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
