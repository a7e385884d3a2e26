// Python call signatures and argument binding, shared by `def` functions and native functions so
// both fail with CPython 3.11's TypeError texts (Python/ceval.c, `positional_only_passed_as_keyword`,
// `missing_arguments`, `too_many_positional`).
import type { PyValue } from './values.ts';
import { PyDict, PyTuple } from './values.ts';
import { dictSet } from './dict.ts';

export type ParamKind = 'positional' | 'keyword-only' | 'varargs' | 'varkw';

export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  /** Present when the parameter has a default (the value itself, evaluated once). */
  readonly hasDefault: boolean;
  readonly default: PyValue;
}

export interface Signature {
  readonly params: readonly Param[];
  /** Number of leading positional-only parameters (before `/`). */
  readonly positionalOnly: number;
}

/** Raised by `bind` and turned into a Python TypeError by the caller. */
export class BindError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

/**
 * Parses a signature written like Python: `"self, name, version, stage, archive_existing_versions=False"`,
 * `"*args, sep=' ', end='\\n', file=None"`, `"name, *, tags=None, **kwargs"`, `"x, /"`.
 * Defaults may be None, True, False, numbers, quoted strings or `()`.
 */
export function parseSignature(text: string): Signature {
  const params: Param[] = [];
  let positionalOnly = 0;
  let keywordOnly = false;
  const parts = splitTopLevel(text.trim().replace(/^\(|\)$/g, ''));
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (part === '/') {
      positionalOnly = params.length;
      continue;
    }
    if (part === '*') {
      keywordOnly = true;
      continue;
    }
    if (part.startsWith('**')) {
      params.push({ name: part.slice(2), kind: 'varkw', hasDefault: false, default: null });
      continue;
    }
    if (part.startsWith('*')) {
      params.push({ name: part.slice(1), kind: 'varargs', hasDefault: false, default: null });
      keywordOnly = true;
      continue;
    }
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const kind: ParamKind = keywordOnly ? 'keyword-only' : 'positional';
    if (eq < 0) params.push({ name, kind, hasDefault: false, default: null });
    else params.push({ name, kind, hasDefault: true, default: parseLiteral(part.slice(eq + 1).trim()) });
  }
  return { params, positionalOnly };
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      cur += ch;
      if (ch === '\\') cur += text[++i] ?? '';
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function parseLiteral(text: string): PyValue {
  if (text === 'None') return null;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (text === '()') return new PyTuple([]);
  if (/^-?\d+$/.test(text)) return BigInt(text);
  if (/^-?[\d.]+(e[+-]?\d+)?$/i.test(text)) return Number(text);
  const m = /^(['"])(.*)\1$/s.exec(text);
  if (m)
    return m[2]!
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/\\(['"\\])/g, '$1');
  throw new Error(`unsupported default in native signature: ${text}`);
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds a call's arguments to the parameters, in parameter order (`*args` as a tuple, `**kwargs`
 * as a dict). `selfBound` says the first positional was supplied by a bound method, which CPython
 * counts in "takes N positional arguments but M were given".
 */
export function bind(
  qualname: string,
  sig: Signature,
  args: readonly PyValue[],
  kwargs: ReadonlyMap<string, PyValue> | null,
): PyValue[] {
  const params = sig.params;
  const n = params.length;
  const out: (PyValue | undefined)[] = new Array(n);
  let varargsIndex = -1;
  let varkwIndex = -1;
  let positionalCount = 0;
  for (let i = 0; i < n; i++) {
    const k = params[i]!.kind;
    if (k === 'positional') positionalCount++;
    else if (k === 'varargs') varargsIndex = i;
    else if (k === 'varkw') varkwIndex = i;
  }
  // Positional arguments fill the leading positional parameters (they come first in `params`).
  const given = args.length;
  const take = Math.min(given, positionalCount);
  for (let i = 0; i < take; i++) out[i] = args[i];
  if (given > positionalCount) {
    if (varargsIndex < 0) {
      const withDefault = params.filter((p) => p.kind === 'positional' && p.hasDefault).length;
      const kwOnlyGiven = kwargs ? params.filter((p) => p.kind === 'keyword-only' && kwargs.has(p.name)).length : 0;
      const takes =
        withDefault > 0
          ? `from ${positionalCount - withDefault} to ${positionalCount} positional arguments`
          : `${positionalCount} positional argument${positionalCount === 1 ? '' : 's'}`;
      const extra =
        kwOnlyGiven > 0
          ? ` positional argument${given === 1 ? '' : 's'} (and ${kwOnlyGiven} keyword-only argument${kwOnlyGiven === 1 ? '' : 's'})`
          : '';
      throw new BindError(
        `${qualname}() takes ${takes} but ${given}${extra} ${given === 1 && !extra ? 'was' : 'were'} given`,
      );
    }
    out[varargsIndex] = new PyTuple(args.slice(positionalCount));
  } else if (varargsIndex >= 0) {
    out[varargsIndex] = new PyTuple([]);
  }
  let extraKw: PyDict | null = null;
  if (varkwIndex >= 0) out[varkwIndex] = extraKw = new PyDict();
  if (kwargs && sig.positionalOnly > 0 && varkwIndex < 0) {
    const misplaced = params
      .slice(0, sig.positionalOnly)
      .filter((p) => kwargs.has(p.name))
      .map((p) => p.name);
    if (misplaced.length)
      throw new BindError(
        `${qualname}() got some positional-only arguments passed as keyword arguments: '${misplaced.join(', ')}'`,
      );
  }
  if (kwargs) {
    for (const [key, value] of kwargs) {
      let idx = -1;
      for (let i = 0; i < n; i++) {
        const p = params[i]!;
        if (p.name === key && (p.kind === 'positional' || p.kind === 'keyword-only')) {
          idx = i;
          break;
        }
      }
      if (idx >= 0 && idx < sig.positionalOnly) idx = -1;
      if (idx < 0) {
        if (extraKw) {
          dictSet(extraKw, key, value);
          continue;
        }
        if (sig.positionalOnly > 0 && params.slice(0, sig.positionalOnly).some((p) => p.name === key))
          throw new BindError(`${qualname}() got some positional-only arguments passed as keyword arguments: '${key}'`);
        throw new BindError(`${qualname}() got an unexpected keyword argument '${key}'`);
      }
      if (out[idx] !== undefined) throw new BindError(`${qualname}() got multiple values for argument '${key}'`);
      out[idx] = value;
    }
  }
  const missingPos: string[] = [];
  const missingKw: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out[i] !== undefined) continue;
    const p = params[i]!;
    if (p.hasDefault) out[i] = p.default;
    else if (p.kind === 'positional') missingPos.push(p.name);
    else if (p.kind === 'keyword-only') missingKw.push(p.name);
  }
  if (missingPos.length > 0) {
    const s = missingPos.length === 1 ? '' : 's';
    throw new BindError(
      `${qualname}() missing ${missingPos.length} required positional argument${s}: ${quotedList(missingPos)}`,
    );
  }
  if (missingKw.length > 0) {
    const s = missingKw.length === 1 ? '' : 's';
    throw new BindError(
      `${qualname}() missing ${missingKw.length} required keyword-only argument${s}: ${quotedList(missingKw)}`,
    );
  }
  return out as PyValue[];
}
