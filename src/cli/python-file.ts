// `mlflow-sim python FILE`: like `python FILE` with MLflow installed against a fresh local store.
import { FileReadError, readText } from './files.ts';
import type { CliOptions } from './main.ts';
import { cliSession } from './session.ts';

export function runPythonFile(file: string, options: CliOptions): number {
  let source: string;
  try {
    source = readText(file);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    // CPython's own words for a script it cannot open.
    process.stderr.write(`python: can't open file '${file}': [Errno ${e.errno}] ${e.reason}\n`);
    return 2;
  }
  const session = cliSession(options, 1);
  const r = session.runPython(source, file);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}
