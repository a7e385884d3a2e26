// Running a click command tree (click/core.py `BaseCommand.main`, `MultiCommand.resolve_command`).
// Usage errors go to stderr and exit 2 (click's UsageError.show); --help and --version print to
// stdout and exit 0. Version choice (facts §7): a group called with no arguments prints its help
// to stderr and exits 2, as click 8.2+ does (NoArgsIsHelpError); click 8.1 printed it to stdout
// with exit 0.
import type { ProgramContext } from '../program.ts';
import type { UsageContext, UsageError } from './errors.ts';
import { usageError } from './errors.ts';
import { helpText, usageText } from './help.ts';
import { extraArgumentsError, parseLevel, processingOrder, processParam } from './parse.ts';
import { strRepr } from '../../python-text/repr.ts';
import { findCommand, HELP_OPTION, type AnySpec, type GroupSpec, type ParamValues } from './spec.ts';

export function showUsageError(ctx: ProgramContext, error: UsageError): number {
  if (error.ctx) ctx.err(`${usageText(error.ctx.path, error.ctx.spec)}\nTry '${error.ctx.path} --help' for help.\n\n`);
  ctx.err(`Error: ${error.message}\n`);
  return 2;
}

/** Run `words` (without the program name) against the command tree rooted at `root`. */
export function runClick(ctx: ProgramContext, root: GroupSpec, progName: string, words: readonly string[]): number {
  let spec: AnySpec = root;
  let path = progName;
  let args = [...words];
  const strict = ctx.env.strict;
  for (;;) {
    const uctx: UsageContext = { path, spec };
    if (spec.notSimulated && !args.includes('--help') && !(spec.kind === 'group' && args.length === 0)) {
      return spec.notSimulated(ctx, {}, path);
    }
    if (spec.kind === 'group' && args.length === 0) {
      ctx.err(helpText(path, spec, strict) + '\n');
      return 2;
    }
    const values: Record<string, unknown> = {};
    const current = spec;
    // A shorthand's first use prints its note before anything else, usage errors included.
    const fail = (error: UsageError): number => {
      if (current.kind === 'command') writeNote(ctx, current, values, false);
      return showUsageError(ctx, error);
    };
    const parsed = parseLevel(spec, args, uctx);
    if ('kind' in parsed) return fail(parsed);
    for (const p of processingOrder(spec, parsed)) {
      if (p.kind === 'option' && p.spec === HELP_OPTION && parsed.raw.has('help')) {
        if (spec.kind === 'command' && spec.note) writeNote(ctx, spec, values, true);
        ctx.out(helpText(path, spec, strict) + '\n');
        return 0;
      }
      if (
        p.kind === 'option' &&
        p.spec.eager &&
        p.spec.name === 'version' &&
        parsed.raw.has('version') &&
        spec.kind === 'group'
      ) {
        ctx.out(`${progName}, version ${spec.version ?? ''}\n`);
        return 0;
      }
      const r = processParam(p, parsed, uctx, ctx.vars);
      if (!r.ok) return fail(r.error);
      values[p.spec.name] = r.value;
      if (p.kind === 'option' && p.spec.callback) {
        const stop = p.spec.callback(ctx, r.value);
        if (stop !== undefined) return stop;
      }
    }
    if (spec.kind === 'command') {
      if (parsed.rest.length > 0) return fail(extraArgumentsError(parsed.rest, uctx));
      writeNote(ctx, spec, values, false);
      return spec.run(ctx, values, path);
    }
    const [name, ...rest] = parsed.rest;
    if (name === undefined) return showUsageError(ctx, usageError('Missing command.', uctx));
    const sub = findCommand(spec, name, strict);
    if (!sub) return showUsageError(ctx, usageError(`No such command ${strRepr(name)}.`, uctx));
    spec = sub;
    path = `${path} ${name}`;
    args = rest;
  }
}

/** The shorthand's "real MLflow has no such command" note: with --help, and once per session. */
function writeNote(
  ctx: ProgramContext,
  spec: AnySpec & { kind: 'command' },
  values: ParamValues,
  forHelp: boolean,
): void {
  if (!spec.note) return;
  if (!forHelp) {
    if (ctx.shell.notesShown.includes(spec.name)) return;
    ctx.shell.notesShown.push(spec.name);
  }
  for (const line of spec.note(values)) ctx.err(line + '\n', 'note');
}
