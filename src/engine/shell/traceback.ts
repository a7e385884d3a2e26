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

/** One traceback frame: file under site-packages (or absolute), line, function, source line. */
export interface Frame {
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  readonly code: string;
}

/** The frames every `mlflow` CLI traceback starts with: the console script, then click. */
export const CLI_FRAMES: readonly Frame[] = [
  { file: '/usr/local/bin/mlflow', line: 8, fn: '<module>', code: 'sys.exit(cli())' },
  { file: 'click/core.py', line: 1442, fn: '__call__', code: 'return self.main(*args, **kwargs)' },
  { file: 'click/core.py', line: 1363, fn: 'main', code: 'rv = self.invoke(ctx)' },
  { file: 'click/core.py', line: 1830, fn: 'invoke', code: 'return _process_result(sub_ctx.command.invoke(sub_ctx))' },
];

/** A Python traceback ending in `exceptionLine` (e.g. `mlflow.exceptions.MlflowException: ...`). */
export function traceback(frames: readonly Frame[], exceptionLine: string): string {
  const lines = ['Traceback (most recent call last):'];
  for (const f of frames) {
    const file = f.file.startsWith('/') ? f.file : `${SITE}/${f.file}`;
    lines.push(`  File "${file}", line ${f.line}, in ${f.fn}`, `    ${f.code}`);
  }
  lines.push(exceptionLine);
  return lines.join('\n') + '\n';
}
