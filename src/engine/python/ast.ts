// The syntax tree the evaluator runs: plain data built from lezer's concrete tree by ./parse.ts.
// Every node carries its 1-based line and 0-based column (CPython's convention for tracebacks).

export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export type Expr =
  | (Pos & { readonly type: 'Name'; readonly id: string })
  | (Pos & {
      readonly type: 'Const';
      readonly value: null | boolean | bigint | number | string | 'Ellipsis';
      readonly ellipsis?: true;
    })
  | (Pos & { readonly type: 'FString'; readonly parts: readonly FStringPart[] })
  | (Pos & { readonly type: 'BinOp'; readonly op: string; readonly left: Expr; readonly right: Expr })
  | (Pos & { readonly type: 'BoolOp'; readonly op: 'and' | 'or'; readonly left: Expr; readonly right: Expr })
  | (Pos & { readonly type: 'Unary'; readonly op: '-' | '+' | '~' | 'not'; readonly operand: Expr })
  | (Pos & { readonly type: 'Compare'; readonly ops: readonly string[]; readonly operands: readonly Expr[] })
  | (Pos & { readonly type: 'Call'; readonly func: Expr; readonly args: readonly Arg[] })
  | (Pos & { readonly type: 'Attribute'; readonly obj: Expr; readonly name: string })
  | (Pos & { readonly type: 'Subscript'; readonly obj: Expr; readonly index: Expr })
  | (Pos & {
      readonly type: 'Slice';
      readonly lower: Expr | null;
      readonly upper: Expr | null;
      readonly step: Expr | null;
    })
  | (Pos & { readonly type: 'List' | 'Tuple' | 'Set'; readonly elts: readonly Expr[] })
  | (Pos & { readonly type: 'Dict'; readonly entries: readonly DictEntry[] })
  | (Pos & {
      readonly type: 'ListComp' | 'SetComp' | 'GenExp';
      readonly elt: Expr;
      readonly generators: readonly Comprehension[];
    })
  | (Pos & {
      readonly type: 'DictComp';
      readonly key: Expr;
      readonly value: Expr;
      readonly generators: readonly Comprehension[];
    })
  | (Pos & {
      readonly type: 'Lambda';
      readonly params: readonly ParamNode[];
      readonly body: Expr;
      readonly info: FunctionInfo;
    })
  | (Pos & { readonly type: 'IfExp'; readonly test: Expr; readonly body: Expr; readonly orelse: Expr })
  | (Pos & { readonly type: 'Starred'; readonly value: Expr })
  | (Pos & { readonly type: 'NamedExpr'; readonly target: string; readonly value: Expr })
  | (Pos & { readonly type: 'Unsupported'; readonly what: string });

export type FStringPart =
  | string
  | {
      readonly expr: Expr;
      /** `f"{x=}"`: the source text before the value. */
      readonly selfDoc: string | null;
      readonly conversion: 'r' | 's' | 'a' | null;
      readonly spec: Expr | null;
    };

export type Arg =
  | { readonly kind: 'pos'; readonly value: Expr }
  | { readonly kind: 'star'; readonly value: Expr }
  | { readonly kind: 'kw'; readonly name: string; readonly value: Expr }
  | { readonly kind: 'dstar'; readonly value: Expr };

export type DictEntry = { readonly key: Expr; readonly value: Expr } | { readonly spread: Expr };

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
}

export interface ParamNode {
  readonly name: string;
  readonly kind: 'positional' | 'keyword-only' | 'varargs' | 'varkw';
  readonly default: Expr | null;
  /** A `/` appears after this parameter. */
  readonly positionalOnlyEnd?: true;
}

/** Static facts about a function body: which names are local (assigned), global or nonlocal. */
export interface FunctionInfo {
  readonly locals: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
}

export interface ExceptHandler {
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
  readonly line: number;
}

export type Stmt =
  | (Pos & { readonly type: 'Expr'; readonly value: Expr })
  | (Pos & { readonly type: 'Assign'; readonly targets: readonly Expr[]; readonly value: Expr })
  | (Pos & { readonly type: 'AugAssign'; readonly target: Expr; readonly op: string; readonly value: Expr })
  | (Pos & {
      readonly type: 'AnnAssign';
      readonly target: Expr;
      /** The annotation's source text (kept as a string, as `from __future__ import annotations` does). */
      readonly annotation: string;
      readonly value: Expr | null;
    })
  | (Pos & { readonly type: 'Delete'; readonly targets: readonly Expr[] })
  | (Pos & { readonly type: 'Pass' | 'Break' | 'Continue' })
  | (Pos & { readonly type: 'Return'; readonly value: Expr | null })
  | (Pos & { readonly type: 'Raise'; readonly exc: Expr | null; readonly cause: Expr | null })
  | (Pos & {
      readonly type: 'Import';
      readonly names: readonly { readonly name: string; readonly asname: string | null }[];
    })
  | (Pos & {
      readonly type: 'ImportFrom';
      readonly module: string;
      readonly level: number;
      readonly names: readonly { readonly name: string; readonly asname: string | null }[] | '*';
    })
  | (Pos & { readonly type: 'Global' | 'Nonlocal'; readonly names: readonly string[] })
  | (Pos & { readonly type: 'Assert'; readonly test: Expr; readonly msg: Expr | null })
  | (Pos & {
      readonly type: 'If';
      readonly test: Expr;
      readonly body: readonly Stmt[];
      readonly orelse: readonly Stmt[];
    })
  | (Pos & {
      readonly type: 'While';
      readonly test: Expr;
      readonly body: readonly Stmt[];
      readonly orelse: readonly Stmt[];
    })
  | (Pos & {
      readonly type: 'For';
      readonly target: Expr;
      readonly iter: Expr;
      readonly body: readonly Stmt[];
      readonly orelse: readonly Stmt[];
    })
  | (Pos & {
      readonly type: 'Try';
      readonly body: readonly Stmt[];
      readonly handlers: readonly ExceptHandler[];
      readonly orelse: readonly Stmt[];
      readonly finalbody: readonly Stmt[];
    })
  | (Pos & {
      readonly type: 'With';
      readonly items: readonly { readonly context: Expr; readonly target: Expr | null }[];
      readonly body: readonly Stmt[];
    })
  | (Pos & {
      readonly type: 'FunctionDef';
      readonly name: string;
      readonly params: readonly ParamNode[];
      readonly body: readonly Stmt[];
      readonly decorators: readonly Expr[];
      readonly info: FunctionInfo;
      readonly docstring: string | null;
    })
  | (Pos & {
      readonly type: 'ClassDef';
      readonly name: string;
      readonly bases: readonly Arg[];
      readonly body: readonly Stmt[];
      readonly decorators: readonly Expr[];
      readonly docstring: string | null;
    })
  | (Pos & { readonly type: 'Unsupported'; readonly what: string });

export interface Module {
  readonly body: readonly Stmt[];
}
