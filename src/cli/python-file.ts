// `mlflow-sim python FILE`: like `python FILE` with MLflow installed against a fresh local store.
// It needs no terminal, so it runs the interpreter on a plain environment and streams what the
// program writes straight to stdout and stderr, as CPython does.
import type { SimEnv } from '../engine/env.ts';
import { runPythonScript } from '../engine/python/index.ts';
import { EMPTY_REGISTRY } from '../engine/registry/types.ts';
import { deterministicSources } from '../engine/sources.ts';
import { FileReadError, readText } from './files.ts';
import type { CliOptions } from './main.ts';
import { loadScenario } from './scenarios.ts';

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
  const sources = deterministicSources(options.seed ?? 1);
  const env: SimEnv = {
    registry: options.scenario === undefined ? EMPTY_REGISTRY : loadScenario(options.scenario, sources),
    sources,
    strict: options.strict,
    out: { write: (stream, text) => void (stream === 'stdout' ? process.stdout : process.stderr).write(text) },
    changes: [],
  };
  return runPythonScript(env, source, file).exitCode;
}
