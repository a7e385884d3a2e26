// click's parser and parameter processing for one command level (click/parser.py
// `OptionParser`, click/core.py `Command.parse_args` / `Parameter.handle_parse_result`).
// Pure: it returns values or a UsageError; nothing is printed here.
import { closeMatches } from '../did-you-mean.ts';
import { usageError, type UsageContext, type UsageError } from './errors.ts';
import { allOptions, argumentMetavar } from './help.ts';
import { strRepr } from '../../python-text/repr.ts';
import type { AnySpec, ArgumentSpec, OptionSpec, ValueType } from './spec.ts';

/** One parameter occurrence, in command-line order (click's `state.order`). */
type Param = { kind: 'option'; spec: OptionSpec } | { kind: 'argument'; spec: ArgumentSpec };

export interface ParsedLevel {
  /** Raw values by parameter name: string for options, string[] for nargs=-1, true for flags. */
  readonly raw: Map<string, unknown>;
  /** Parameters in the order they appeared (first occurrence counts). */
  readonly order: Param[];
  /** Words left over: for a group, the subcommand and its arguments. */
  readonly rest: string[];
}

function isOptionLike(arg: string): boolean {
  return arg.startsWith('-') && arg.length > 1;
}

/**
 * OptionParser.parse_args. A group stops at its first non-option word (allow_interspersed_args
 * is False for groups); a command collects positional words for its arguments.
 */
export function parseLevel(spec: AnySpec, args: readonly string[], ctx: UsageContext): ParsedLevel | UsageError {
  const options = allOptions(spec);
  const longOpts = new Map<string, OptionSpec>();
  const shortOpts = new Map<string, OptionSpec>();
  for (const o of options) for (const name of o.opts) (name.startsWith('--') ? longOpts : shortOpts).set(name, o);
  const secondary = new Set<string>();
  for (const o of options)
    for (const name of o.secondaryOpts ?? []) {
      (name.startsWith('--') ? longOpts : shortOpts).set(name, o);
      secondary.add(name);
    }
  const raw = new Map<string, unknown>();
  const order: Param[] = [];
  const positional: string[] = [];
  const rargs = [...args];
  const interspersed = spec.kind === 'command';

  const record = (o: OptionSpec, value: unknown): void => {
    raw.set(o.name, value);
    order.push({ kind: 'option', spec: o });
  };
  // click's _get_value_from_state: an option that takes a value eats the next word, whatever it is.
  const takeValue = (name: string, o: OptionSpec): string | UsageError => {
    if (rargs.length === 0) {
      if (o.flagValue !== undefined) return o.flagValue;
      return usageError(`Option ${strRepr(name)} requires an argument.`);
    }
    const next = rargs[0] as string;
    if (o.flagValue !== undefined && isOptionLike(next)) return o.flagValue;
    rargs.shift();
    return next;
  };

  const matchShort = (arg: string): UsageError | undefined => {
    for (let i = 1; i < arg.length; i++) {
      const name = '-' + arg[i];
      const o = shortOpts.get(name);
      if (!o) return usageError(`No such option: ${name}`, ctx);
      if (o.isFlag) {
        record(o, !secondary.has(name));
        continue;
      }
      if (i + 1 < arg.length) {
        record(o, arg.slice(i + 1));
        return undefined;
      }
      const value = takeValue(name, o);
      if (typeof value !== 'string') return value;
      record(o, value);
      return undefined;
    }
    return undefined;
  };

  while (rargs.length > 0) {
    const arg = rargs.shift() as string;
    if (arg === '--') {
      positional.push(...rargs);
      rargs.length = 0;
      break;
    }
    if (!isOptionLike(arg)) {
      if (interspersed) {
        positional.push(arg);
        continue;
      }
      rargs.unshift(arg);
      break;
    }
    // `-p5001`, `-m=x` (value "=x", as in click) and bundled flags go through the short path.
    if (!arg.startsWith('--')) {
      const err = matchShort(arg);
      if (err) return err;
      continue;
    }
    const eq = arg.indexOf('=');
    const longName = eq === -1 ? arg : arg.slice(0, eq);
    const o = longOpts.get(longName);
    if (!o) {
      const possibilities = closeMatches(longName, [...longOpts.keys()]);
      return usageError(`No such option: ${longName}${suggestion(possibilities)}`, ctx);
    }
    if (o.isFlag) {
      if (eq !== -1) return usageError(`Option ${strRepr(longName)} does not take a value.`);
      record(o, !secondary.has(longName));
      continue;
    }
    if (eq !== -1) {
      record(o, arg.slice(eq + 1));
      continue;
    }
    const value = takeValue(longName, o);
    if (typeof value !== 'string') return value;
    record(o, value);
  }

  if (spec.kind === 'group') return { raw, order, rest: [...positional, ...rargs] };

  // _process_args_for_args: hand positional words to the arguments, left to right.
  const words = [...positional, ...rargs];
  for (const a of spec.arguments ?? []) {
    if (a.nargs === -1) {
      raw.set(a.name, words.splice(0));
    } else if (words.length > 0) {
      raw.set(a.name, words.shift());
    }
    order.push({ kind: 'argument', spec: a });
  }
  return { raw, order, rest: words };
}

/** click 8.0-8.3 NoSuchOption.format_message (facts §7). */
function suggestion(possibilities: readonly string[]): string {
  if (possibilities.length === 0) return '';
  const joined = [...possibilities].sort().join(', ');
  return possibilities.length === 1 ? ` Did you mean ${joined}?` : ` (Possible options: ${joined})`;
}

function errorHint(p: Param): string {
  if (p.kind === 'argument') return `'${argumentMetavar(p.spec)}'`;
  return p.spec.opts.map((o) => `'${o}'`).join(' / ');
}

const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n', 'off']);

/** click's ParamType.convert for the types MLflow's commands use. */
function convert(
  type: ValueType | undefined,
  value: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (type?.kind) {
    case 'int': {
      // Python int(): surrounding spaces, a sign and underscores between digits are accepted.
      const text = value.trim();
      if (/^[+-]?\d+(_\d+)*$/.test(text)) {
        // Python ints have no size limit: past 2**53 keep every digit (as text) rather than a
        // JavaScript number that would print as 1e+23.
        const digits = text.replace(/_/g, '');
        const n = Number(digits);
        return { ok: true, value: Number.isSafeInteger(n) ? n : BigInt(digits).toString() };
      }
      return { ok: false, message: `${strRepr(value)} is not a valid integer.` };
    }
    case 'bool': {
      const norm = value.trim().toLowerCase();
      if (TRUE_WORDS.has(norm)) return { ok: true, value: true };
      if (FALSE_WORDS.has(norm)) return { ok: true, value: false };
      return { ok: false, message: `${strRepr(value)} is not a valid boolean.` };
    }
    case 'choice': {
      if (type.choices.includes(value)) return { ok: true, value };
      const list = type.choices.map((c) => strRepr(c)).join(', ');
      return {
        ok: false,
        message:
          type.choices.length === 1 ? `${strRepr(value)} is not ${list}.` : `${strRepr(value)} is not one of ${list}.`,
      };
    }
    default:
      return { ok: true, value };
  }
}

/**
 * iter_params_for_processing: eager parameters (--help, --version) first, then parameters in
 * the order they were typed, then the rest as declared. Returns the processing order.
 */
export function processingOrder(spec: AnySpec, parsed: ParsedLevel): Param[] {
  const declared: Param[] = [
    ...allOptions(spec).map((o): Param => ({ kind: 'option', spec: o })),
    ...(spec.kind === 'command' ? (spec.arguments ?? []) : []).map((a): Param => ({ kind: 'argument', spec: a })),
  ];
  const seen: Param[] = [];
  for (const p of parsed.order) if (!seen.some((s) => s.spec === p.spec)) seen.push(p);
  const rank = (p: Param): number => {
    const i = seen.findIndex((s) => s.spec === p.spec);
    return i === -1 ? Infinity : i;
  };
  const eager = (p: Param): boolean => p.kind === 'option' && p.spec.eager === true;
  return declared
    .map((p, index) => ({ p, index }))
    .sort((x, y) => Number(!eager(x.p)) - Number(!eager(y.p)) || rank(x.p) - rank(y.p) || x.index - y.index)
    .map((x) => x.p);
}

/** Handle one parameter: default, type conversion, required check (handle_parse_result). */
export function processParam(
  p: Param,
  parsed: ParsedLevel,
  ctx: UsageContext,
  vars: Readonly<Record<string, string>> = {},
): { ok: true; value: unknown } | { ok: false; error: UsageError } {
  let given = parsed.raw.get(p.spec.name);
  // Parameter.consume_value: the command line first, then the option's environment variable.
  if (given === undefined && p.kind === 'option' && p.spec.envvar && Object.hasOwn(vars, p.spec.envvar)) {
    given = vars[p.spec.envvar];
  }
  if (p.kind === 'argument') {
    const required = p.spec.required ?? p.spec.nargs !== -1;
    if (p.spec.nargs === -1) return { ok: true, value: given ?? [] };
    if (given === undefined) {
      if (!required) return { ok: true, value: null };
      let message = `Missing argument ${errorHint(p)}.`;
      if (p.spec.type?.kind === 'choice') message += ` Choose from:\n\t${p.spec.type.choices.join(',\n\t')}`;
      return { ok: false, error: usageError(message, ctx) };
    }
    const c = convert(p.spec.type, given as string);
    if (!c.ok) return { ok: false, error: usageError(`Invalid value for ${errorHint(p)}: ${c.message}`, ctx) };
    return { ok: true, value: c.value };
  }
  const o = p.spec;
  if (given === undefined) {
    if (o.required) return { ok: false, error: usageError(`Missing option ${errorHint(p)}.`, ctx) };
    return { ok: true, value: o.default ?? (o.isFlag ? false : null) };
  }
  if (o.isFlag) return { ok: true, value: given !== false };
  if (o.flagValue !== undefined && given === o.flagValue)
    return { ok: true, value: o.type?.kind === 'bool' ? true : given };
  const c = convert(o.type, given as string);
  if (!c.ok) return { ok: false, error: usageError(`Invalid value for ${errorHint(p)}: ${c.message}`, ctx) };
  return { ok: true, value: c.value };
}

export function extraArgumentsError(rest: readonly string[], ctx: UsageContext): UsageError {
  const noun = rest.length === 1 ? 'argument' : 'arguments';
  return usageError(`Got unexpected extra ${noun} (${rest.join(' ')})`, ctx);
}
