// Name resolution: a small environment class with a parent link. Python decides statically which
// names are local to a function (FunctionInfo), so reading one before assignment is an
// UnboundLocalError rather than a lookup in an outer scope.
import type { FunctionInfo } from './ast.ts';
import type { PyValue } from './values.ts';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  readonly vars = new Map<string, PyValue>();
  readonly parent: Scope | null;
  readonly kind: ScopeKind;
  readonly info: FunctionInfo | null;
  /** The module scope (globals) this scope's code belongs to. */
  readonly globals: Scope;
  constructor(parent: Scope | null, kind: ScopeKind, info: FunctionInfo | null, globals: Scope | null) {
    this.parent = parent;
    this.kind = kind;
    this.info = info;
    this.globals = globals ?? this;
  }
}
