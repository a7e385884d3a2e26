// Compile-time SyntaxWarnings CPython 3.11 prints before running (`is` with a literal, ...).
import type { Expr, Stmt } from '../ast.ts';

/** A compile-time SyntaxWarning (Python/compile.c, check_compare): `x is "literal"`. */
export interface SyntaxWarningDiag {
  readonly line: number;
  readonly message: string;
}

function isLiteral(e: Expr): boolean {
  if (e.type === 'Const') return !(e.value === null || e.value === true || e.value === false || e.ellipsis);
  return (
    e.type === 'FString' ||
    ((e.type === 'Tuple' || e.type === 'List' || e.type === 'Dict' || e.type === 'Set') && false)
  );
}

/** Finds `is` / `is not` comparisons with a literal, in source order. */
export function syntaxWarnings(body: readonly Stmt[]): SyntaxWarningDiag[] {
  const out: SyntaxWarningDiag[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const node = v as { type?: string };
    if (node.type === 'Call') {
      // Calling a literal: Python/compile.c, check_caller.
      const f = (node as Extract<Expr, { type: 'Call' }>).func;
      const literalType =
        f.type === 'Const' && !f.ellipsis
          ? f.value === null
            ? 'NoneType'
            : typeof f.value === 'boolean'
              ? 'bool'
              : typeof f.value === 'bigint'
                ? 'int'
                : typeof f.value === 'number'
                  ? 'float'
                  : 'str'
          : f.type === 'FString'
            ? 'str'
            : f.type === 'Tuple' || f.type === 'List' || f.type === 'Dict' || f.type === 'Set'
              ? f.type.toLowerCase()
              : f.type === 'ListComp'
                ? 'list'
                : f.type === 'SetComp'
                  ? 'set'
                  : f.type === 'DictComp'
                    ? 'dict'
                    : null;
      if (literalType)
        out.push({ line: f.line, message: `'${literalType}' object is not callable; perhaps you missed a comma?` });
    }
    if (node.type === 'Compare') {
      const c = node as Extract<Expr, { type: 'Compare' }>;
      c.ops.forEach((op, i) => {
        if ((op === 'is' || op === 'is not') && (isLiteral(c.operands[i]!) || isLiteral(c.operands[i + 1]!)))
          out.push({
            line: c.line,
            message:
              op === 'is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
          });
      });
    }
    for (const [k, x] of Object.entries(v)) if (k !== 'info') visit(x);
  };
  visit(body);
  return out.sort((a, b) => a.line - b.line);
}
