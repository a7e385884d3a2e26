// Output that reads like a Python process's: logging lines and uncaught-exception tracebacks.
// MLflow's log format is "%(asctime)s %(levelname)s %(name)s: %(message)s" with datefmt
// "%Y/%m/%d %H:%M:%S" (mlflow/utils/logging_utils.py, facts §2.6).

const SITE = '/usr/local/lib/python3.11/site-packages';

/** `YYYY/MM/DD HH:MM:SS` in UTC, so a transcript replays the same anywhere. */
export function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export function logLine(ms: number, level: string, logger: string, message: string): string {
  return `${logTime(ms)} ${level} ${logger}: ${message}`;
}

/**
 * One traceback frame: file under site-packages (or absolute), line, function, source line, and
 * `expr`, the part of the line Python 3.11 underlines with carets (the call that was running).
 */
export interface Frame {
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  readonly code: string;
  readonly expr?: string;
}

export const frame = (file: string, line: number, fn: string, code: string, expr?: string): Frame =>
  expr === undefined ? { file, line, fn, code } : { file, line, fn, code, expr };

/**
 * The frames every `mlflow models ...` CLI traceback starts with: the console script, then click
 * 8.2.1's `src/click/core.py` (BaseCommand.__call__, main, and Group.invoke of the `mlflow` group
 * handing over to the `models` group).
 */
export const CLI_FRAMES: readonly Frame[] = [
  frame('/usr/local/bin/mlflow', 8, '<module>', 'sys.exit(cli())', 'cli()'),
  frame('click/core.py', 1442, '__call__', 'return self.main(*args, **kwargs)', 'self.main(*args, **kwargs)'),
  frame('click/core.py', 1363, 'main', 'rv = self.invoke(ctx)', 'self.invoke(ctx)'),
  frame(
    'click/core.py',
    1830,
    'invoke',
    'return _process_result(sub_ctx.command.invoke(sub_ctx))',
    'sub_ctx.command.invoke(sub_ctx)',
  ),
];

/** From the `models` group into a subcommand's callback: Group.invoke, Command.invoke, Context.invoke. */
export const CALLBACK_FRAMES: readonly Frame[] = [
  frame(
    'click/core.py',
    1830,
    'invoke',
    'return _process_result(sub_ctx.command.invoke(sub_ctx))',
    'sub_ctx.command.invoke(sub_ctx)',
  ),
  frame(
    'click/core.py',
    1226,
    'invoke',
    'return ctx.invoke(self.callback, **ctx.params)',
    'ctx.invoke(self.callback, **ctx.params)',
  ),
  frame('click/core.py', 794, 'invoke', 'return callback(*args, **kwargs)', 'callback(*args, **kwargs)'),
];

/** From the `models` group into a parameter callback, while click builds the subcommand's context. */
export const PARAM_CALLBACK_FRAMES: readonly Frame[] = [
  frame(
    'click/core.py',
    1828,
    'invoke',
    'sub_ctx = cmd.make_context(cmd_name, args, parent=ctx)',
    'cmd.make_context(cmd_name, args, parent=ctx)',
  ),
  frame('click/core.py', 1186, 'make_context', 'self.parse_args(ctx, args)'),
  frame(
    'click/core.py',
    1197,
    'parse_args',
    'value, args = param.handle_parse_result(ctx, opts, args)',
    'param.handle_parse_result(ctx, opts, args)',
  ),
  frame(
    'click/core.py',
    2416,
    'handle_parse_result',
    'value = self.process_value(ctx, value)',
    'self.process_value(ctx, value)',
  ),
  frame(
    'click/core.py',
    2355,
    'process_value',
    'value = self.callback(ctx, self, value)',
    'self.callback(ctx, self, value)',
  ),
];

/**
 * A Python 3.11 traceback ending in `exceptionLine` (e.g. `mlflow.exceptions.MlflowException: ...`).
 * 3.11 underlines the running expression with carets unless it is the whole line.
 */
export function traceback(frames: readonly Frame[], exceptionLine: string): string {
  const lines = ['Traceback (most recent call last):'];
  for (const f of frames) {
    const file = f.file.startsWith('/') ? f.file : `${SITE}/${f.file}`;
    lines.push(`  File "${file}", line ${f.line}, in ${f.fn}`, `    ${f.code}`);
    const at = f.expr === undefined ? -1 : f.code.indexOf(f.expr);
    if (f.expr !== undefined && at >= 0 && f.expr !== f.code)
      lines.push(`    ${' '.repeat(at)}${'^'.repeat(f.expr.length)}`);
  }
  lines.push(exceptionLine);
  return lines.join('\n') + '\n';
}
