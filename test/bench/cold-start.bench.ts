// Cold start, side by side: a fresh `mlflow-sim python FILE` process against a fresh Node process
// that boots Pyodide and runs the same file. Goal (issue 3): at least 20 times faster than Pyodide.
// Both run on the same Node binary; npx's own start-up is left out of both.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bench, describe, expect } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const snippet = fileURLToPath(new URL('./fixtures/small.py', import.meta.url));
const EXPECTED = "[('Archived', 47), ('None', 48), ('Production', 50), ('Staging', 49)]\n";

function runProcess(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  // A benchmark of a process that failed would measure nothing.
  expect(r.stdout).toBe(EXPECTED);
}

describe('cold run of a small snippet in a new process', () => {
  bench('mlflow-sim python', () => runProcess(['bin/mlflow-sim.mjs', 'python', snippet]), { iterations: 10, time: 0, warmupIterations: 1 });
  bench('pyodide (CPython in WebAssembly)', () => runProcess(['test/bench/fixtures/pyodide-run.mjs', snippet]), { iterations: 5, time: 0, warmupIterations: 1 });
});
