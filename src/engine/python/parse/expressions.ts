// Expressions of lezer's tree -> the plain AST (../ast.ts): operators, calls and arguments,
// displays, comprehensions, subscripts, numbers, strings and f-strings, and parameter lists.
// ../parse.ts's Converter extends this class with the statements.
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Comprehension, DictEntry, Expr, FStringPart, ParamNode, Pos } from '../ast.ts';
import type { LineMap } from './source.ts';
import { ConvertError, kids, SKIP } from './source.ts';
import { decodeEscapes, decodeString, EscapeError } from './strings.ts';

export class ExpressionConverter {
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
