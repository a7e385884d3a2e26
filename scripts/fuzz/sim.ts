// Runs one generated program on the simulator in this process (as `mlflow-sim python` does, with
// a fresh registry and deterministic sources), capturing what it prints and its exit status.
import type { SimEnv } from '../../src/engine/env.ts';
import { runPythonScript } from '../../src/engine/python/index.ts';
import { EMPTY_REGISTRY } from '../../src/engine/registry/types.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly rc: number;
}

export function runOnSimulator(source: string, filename: string): Outcome {
  let stdout = '';
  let stderr = '';
  const env: SimEnv = {
    registry: EMPTY_REGISTRY,
    sources: deterministicSources(1),
    strict: true,
    out: {
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
    },
    changes: [],
  };
  const { exitCode } = runPythonScript(env, source, filename);
  return { stdout, stderr, rc: exitCode };
}
