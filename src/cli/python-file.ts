// `mlflow-sim python FILE`: like `python FILE` with MLflow installed against a fresh local store.
import { readFileSync } from 'node:fs';
import type { CliOptions } from './main.ts';
import { cliSession } from './session.ts';

export function runPythonFile(file: string, options: CliOptions): number {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // CPython's own words for a missing script.
    process.stderr.write(`python: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const session = cliSession(options, 1);
  const r = session.runPython(source, file);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}
