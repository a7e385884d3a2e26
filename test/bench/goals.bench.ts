// The Goal panel re-checks the goal after every command: a lab's goal on a lab-sized registry, and
// the same checks on a model with 2,000 versions (stage counts scan every version).
import { describe, test } from 'vitest';
import { goalSchema } from '../../src/engine/goal-schema.ts';
import { evaluateGoal, goalSummary } from '../../src/engine/goals.ts';
import { buildScenario, type ScenarioSpec } from '../../src/engine/registry/scenario.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

const goal = goalSchema.parse({
  model: 'my-model',
  checks: [
    { kind: 'versionStage', version: 2, stage: 'Production' },
    { kind: 'versionStage', version: 1, stage: 'Archived' },
    { kind: 'stageCount', stage: 'Production', count: 1 },
    { kind: 'noVersionIn', stage: 'Staging' },
    { kind: 'alias', alias: 'champion', version: 2 },
    { kind: 'versionCount', count: 3 },
  ],
});

function registry(versions: number) {
  const stages = ['None', 'Staging', 'Production', 'Archived'] as const;
  const spec: ScenarioSpec = {
    name: 'bench',
    title: 'bench',
    models: [
      { name: 'my-model', versions: Array.from({ length: versions }, (_, i) => ({ stage: stages[i % 4] as string })) },
    ],
  };
  return buildScenario(spec, deterministicSources(1));
}

const small = registry(3);
const large = registry(2_000);

// Vitest 5: `bench` is a test-context fixture (as in registry.bench.ts); no timing assertions.
const cases: ReadonlyArray<readonly [string, () => unknown]> = [
  ['lab goal, 3 versions', () => goalSummary(evaluateGoal(small, goal))],
  ['lab goal, 2,000 versions', () => goalSummary(evaluateGoal(large, goal))],
];

describe('goal evaluation after a command', () => {
  test.for(cases)('%s', async ([label, fn], { bench }) => {
    let sink: unknown;
    await bench(label, () => {
      sink = fn();
    }).run();
    void sink;
  });
});
