// Cold start, side by side: a fresh `mlflow-sim python FILE` process against a fresh Node process
// that boots Pyodide (CPython in WebAssembly) and runs the same file. Goal (issue 3): at least 20
// times faster than Pyodide. Both run on the same Node binary; npx's own start-up is left out.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const snippet = fileURLToPath(new URL('./fixtures/small.py', import.meta.url));
const EXPECTED = "[('Archived', 47), ('None', 48), ('Production', 50), ('Staging', 49)]\n";

function runProcess(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  // A benchmark of a process that failed would measure nothing.
  expect(r.stdout).toBe(EXPECTED);
}

test('cold run of a small snippet in a new process: mlflow-sim vs Pyodide', async ({ bench }) => {
  const results = await bench.compare(
    bench('mlflow-sim python', () => runProcess(['bin/mlflow-sim.mjs', 'python', snippet])),
    bench('pyodide (CPython in WebAssembly)', () => runProcess(['test/bench/fixtures/pyodide-run.mjs', snippet])),
    { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
  const ours = results.get('mlflow-sim python').latency.mean;
  const theirs = results.get('pyodide (CPython in WebAssembly)').latency.mean;
  console.log(
    `cold start: mlflow-sim ${ours.toFixed(0)} ms, pyodide ${theirs.toFixed(0)} ms: ${(theirs / ours).toFixed(1)}x faster`,
  );
});
