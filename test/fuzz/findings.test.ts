// The differential fuzzer's findings, one table row each: the simulator prints what the real
// MLflow printed (recorded in findings.recorded.json with `npm run fuzz -- --record-findings`).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stableSets } from '../../scripts/fuzz/compare.ts';
import { PRELUDE } from '../../scripts/fuzz/generate.ts';
import { runOnSimulator } from '../../scripts/fuzz/sim.ts';
import { FINDINGS } from './findings.cases.ts';

const recorded = JSON.parse(readFileSync(new URL('./findings.recorded.json', import.meta.url), 'utf8')) as {
  oracle: string;
  outputs: Record<string, string>;
};

// Python prints sets of str in a per-process hash order: compare those lists sorted.
const stable = (text: string) => text.split('\n').map(stableSets).join('\n');

describe('fuzzer findings: the simulator answers as MLflow 3.6.1.dev0 did', () => {
  test.each(FINDINGS.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const expected = recorded.outputs[name];
    expect(expected, `no recording for ${name}: run npm run fuzz -- --record-findings`).toBeTypeOf('string');
    const sim = runOnSimulator(`${PRELUDE}${f.code}`, `${name}.py`);
    expect(sim.rc).toBe(0);
    expect(stable(sim.stdout)).toBe(stable(expected as string));
  });
});
