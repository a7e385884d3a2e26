// The differential fuzzer's CI sample: 48 generated registry programs (seed 1, programs 0-47)
// with what the real MLflow printed for each (test/fuzz/sample/README.md). The simulator must
// print the same, statement by statement, except the differences scripts/fuzz/explain.ts lists
// with their reasons (and, in a program where one of those happened, what follows from it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareProgram } from '../../scripts/fuzz/compare.ts';
import { explain } from '../../scripts/fuzz/explain.ts';
import { PRELUDE } from '../../scripts/fuzz/generate.ts';
import { runOnSimulator } from '../../scripts/fuzz/sim.ts';

const dir = join(import.meta.dirname, 'sample');
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => f.replace(/\.py$/, ''));

describe('fuzzer sample: the simulator against recorded real MLflow output', () => {
  test('the sample is all there', () => {
    expect(programs.length).toBe(48);
  });

  test.each(programs)('%s', (name) => {
    // Each file holds the program's own lines; the prelude they ran after is the fuzzer's one copy.
    const source = PRELUDE + readFileSync(join(dir, `${name}.py`), 'utf8');
    const read = (ext: string) => {
      const file = join(dir, `${name}.${ext}`);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    };
    const real = { stdout: read('stdout'), stderr: read('stderr'), rc: 0 };
    const diffs = compareProgram(name, source, real, runOnSimulator(source, `${name}.py`));
    const unexplained = explain(diffs).unexplained.map((d) => ({ label: d.label, real: d.real, sim: d.sim }));
    expect(unexplained).toEqual([]);
  });
});
