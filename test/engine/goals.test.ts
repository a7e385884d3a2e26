// Goal checks as a learner sees them in a lab's Goal panel: each check's label, whether it passes,
// and the plain-language "what is true now". States are reached through the real registry
// operations (scenarios, transitions, aliases, tags, deletion), never written by hand.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goalCheckSchema, goalSchema, type GoalCheckInput } from '../../src/engine/goal-schema.ts';
import {
  evaluateChecks,
  evaluateGoal,
  goalAnnouncement,
  goalSummary,
  stateGoalChecks,
  unmetStateGoal,
} from '../../src/engine/goals.ts';
import { buildScenario, type ScenarioSpec } from '../../src/engine/registry/scenario.ts';
import { transitionStage } from '../../src/engine/registry/stage-transition.ts';
import type { RegistryState, Stage } from '../../src/engine/registry/types.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

const IN_USE: ScenarioSpec = {
  name: 'in-use',
  title: 'v1 Production, v2 Staging, v3 None, v4 deleted',
  models: [
    {
      name: 'my-model',
      tags: { team: 'churn' },
      description: 'Predicts churn',
      versions: [
        { stage: 'Production', aliases: ['champion'] },
        { stage: 'Staging', tags: { validated: 'yes' }, description: 'Passed the holdout review' },
        {},
        { deleted: true },
      ],
    },
  ],
};
const state = buildScenario(IN_USE, deterministicSources(1));

function check(input: GoalCheckInput) {
  const [result] = evaluateChecks(state, [goalCheckSchema.parse(input)], 'my-model');
  if (!result) throw new Error('no result');
  return result;
}

describe('each check kind: label, verdict and what is true now', () => {
  test.each<[string, GoalCheckInput, { label: string; passed: boolean; detail: string }]>([
    // facts §1: stages are stored canonically, so an author may write any case
    [
      'versionStage met',
      { kind: 'versionStage', version: 1, stage: 'production' },
      { label: 'version 1 is in Production', passed: true, detail: 'version 1 is in Production' },
    ],
    [
      'versionStage unmet',
      { kind: 'versionStage', version: 2, stage: 'Production' },
      { label: 'version 2 is in Production', passed: false, detail: 'version 2 is in Staging' },
    ],
    [
      'versionStage None is worded',
      { kind: 'versionStage', version: 3, stage: 'None' },
      { label: 'version 3 is in stage None', passed: true, detail: 'version 3 is in stage None' },
    ],
    [
      'versionStage of a missing version',
      { kind: 'versionStage', version: 9, stage: 'None' },
      { label: 'version 9 is in stage None', passed: false, detail: 'version 9 does not exist' },
    ],
    // facts §2.2: a deleted version keeps its number but is gone
    [
      'versionStage of a deleted version',
      { kind: 'versionStage', version: 4, stage: 'None' },
      { label: 'version 4 is in stage None', passed: false, detail: 'version 4 was deleted' },
    ],
    [
      'alias met',
      { kind: 'alias', alias: 'champion', version: 1 },
      { label: 'alias champion points to version 1', passed: true, detail: 'alias champion points to version 1' },
    ],
    [
      'alias elsewhere',
      { kind: 'alias', alias: 'champion', version: 2 },
      { label: 'alias champion points to version 2', passed: false, detail: 'alias champion points to version 1' },
    ],
    [
      'alias not set',
      { kind: 'alias', alias: 'challenger', version: 2 },
      { label: 'alias challenger points to version 2', passed: false, detail: 'alias challenger is not set' },
    ],
    [
      'alias must be unset',
      { kind: 'alias', alias: 'challenger', version: null },
      { label: 'alias challenger is not set', passed: true, detail: 'alias challenger is not set' },
    ],
    [
      'stageCount one',
      { kind: 'stageCount', stage: 'Production', count: 1 },
      { label: 'exactly one version of my-model is in Production', passed: true, detail: 'version 1 is in Production' },
    ],
    [
      'stageCount zero unmet',
      { kind: 'stageCount', stage: 'Staging', count: 0 },
      { label: 'no version of my-model is in Staging', passed: false, detail: 'version 2 is in Staging' },
    ],
    [
      'noVersionIn unmet',
      { kind: 'noVersionIn', stage: 'Staging' },
      { label: 'no version of my-model is left in Staging', passed: false, detail: 'version 2 is in Staging' },
    ],
    [
      'noVersionIn met',
      { kind: 'noVersionIn', stage: 'Archived' },
      { label: 'no version of my-model is left Archived', passed: true, detail: 'no version of my-model is Archived' },
    ],
    // the deleted version 4 does not count
    [
      'versionCount',
      { kind: 'versionCount', count: 4 },
      { label: 'my-model has 4 versions', passed: false, detail: 'my-model has 3 versions (1 deleted)' },
    ],
    [
      'modelExists',
      { kind: 'modelExists' },
      { label: 'registered model my-model exists', passed: true, detail: 'registered model my-model exists' },
    ],
    [
      'modelExists of another model',
      { kind: 'modelExists', model: 'fraud' },
      { label: 'registered model fraud exists', passed: false, detail: 'registered model fraud does not exist' },
    ],
    [
      'a check on a missing model',
      { kind: 'versionStage', model: 'fraud', version: 1, stage: 'Staging' },
      { label: 'version 1 is in Staging', passed: false, detail: 'registered model fraud does not exist' },
    ],
    [
      'model tag',
      { kind: 'tag', key: 'team', value: 'churn' },
      { label: 'tag team on my-model is "churn"', passed: true, detail: 'tag team on my-model is "churn"' },
    ],
    [
      'version tag missing',
      { kind: 'tag', version: 1, key: 'validated', value: 'yes' },
      { label: 'tag validated on version 1 is "yes"', passed: false, detail: 'version 1 has no tag validated' },
    ],
    [
      'version tag absent wanted',
      { kind: 'tag', version: 2, key: 'validated', value: null },
      { label: 'version 2 has no tag validated', passed: false, detail: 'tag validated on version 2 is "yes"' },
    ],
    [
      'model description, any letter case',
      { kind: 'description', contains: 'CHURN' },
      {
        label: 'the description of my-model mentions "CHURN"',
        passed: true,
        detail: 'my-model is described as "Predicts churn"',
      },
    ],
    [
      'version description wanted, none written',
      { kind: 'description', version: 1, contains: '' },
      { label: 'version 1 has a description', passed: false, detail: 'version 1 has no description' },
    ],
    [
      'version description without the word',
      { kind: 'description', version: 2, contains: 'rollback' },
      {
        label: 'the description of version 2 mentions "rollback"',
        passed: false,
        detail: 'version 2 is described as "Passed the holdout review"',
      },
    ],
    [
      'description of a deleted version',
      { kind: 'description', version: 4, contains: '' },
      { label: 'version 4 has a description', passed: false, detail: 'version 4 does not exist' },
    ],
    [
      'author label wins',
      { kind: 'versionStage', version: 1, stage: 'Production', label: 'v1 keeps serving' },
      { label: 'v1 keeps serving', passed: true, detail: 'version 1 is in Production' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(check(input)).toMatchObject(expected);
  });
});

test.each<[GoalCheckInput, string]>([
  [{ kind: 'versionStage', version: 2, stage: 'Production' }, 'v2-production'],
  [{ kind: 'alias', alias: 'champion', version: 1 }, 'alias-champion'],
  [{ kind: 'stageCount', stage: 'Production', count: 1 }, 'production-count'],
  [{ kind: 'noVersionIn', stage: 'Staging' }, 'none-in-staging'],
  [{ kind: 'tag', version: 2, key: 'validated', value: 'yes' }, 'v2-tag-validated'],
  [{ kind: 'description', version: 2, contains: 'holdout' }, 'v2-description'],
  [{ kind: 'versionStage', version: 2, stage: 'Production', id: 'promoted' }, 'promoted'],
])('a check without an id is stored under a stable derived one: %j -> %s', (input, id) => {
  expect(check(input).id).toBe(id);
});

test.each([
  [{ kind: 'versionStage', version: 1, stage: 'Live' }, 'one of None, Staging, Production, Archived'],
  [{ kind: 'stage', version: 1, stage: 'Staging' }, 'kind'],
  [{ kind: 'alias', alias: 'champion' }, 'version'],
  [{ kind: 'versionStage', version: 0, stage: 'Staging' }, 'version'],
])('an authoring mistake is refused: %j', (input, where) => {
  const r = goalCheckSchema.safeParse(input);
  expect(r.success).toBe(false);
  expect(JSON.stringify(r.error?.issues)).toContain(where);
});

describe('the goal as a whole', () => {
  const goal = goalSchema.parse({
    model: 'my-model',
    checks: [
      { kind: 'versionStage', version: 2, stage: 'Production' },
      { kind: 'versionStage', version: 1, stage: 'Archived' },
      { kind: 'versionStage', version: 3, stage: 'None' },
    ],
  });
  const promoted = transitionStage(state, deterministicSources(2), {
    name: 'my-model',
    version: 2,
    stage: 'Production',
    archiveExistingVersions: true,
  });
  if (!promoted.ok) throw new Error(promoted.error.message);

  test('the start: a plain-language difference of what is left', () => {
    const report = evaluateGoal(state, goal);
    expect(report).toMatchObject({ reached: false, passed: 1, total: 3 });
    expect(goalSummary(report)).toBe(
      'Still to do: version 2 is in Staging, the goal needs Production; version 1 is in Production, the goal needs Archived.',
    );
  });

  // facts §2.3: archive_existing_versions archives the versions in the target stage, in one call
  test('one promotion with archiving reaches it, and a screen reader hears each flip and the goal', () => {
    const before = evaluateGoal(state, goal);
    const after = evaluateGoal(promoted.state, goal);
    expect(after.reached).toBe(true);
    expect(goalSummary(after)).toBe('Goal reached: all 3 checks pass.');
    expect(goalAnnouncement(before, after)).toBe(
      'Check passed: version 2 is in Production. Check passed: version 1 is Archived. Goal reached: all 3 checks pass.',
    );
  });

  test('losing the goal is announced too; nothing is said when nothing flipped', () => {
    const reached = evaluateGoal(promoted.state, goal);
    const start = evaluateGoal(state, goal);
    expect(goalAnnouncement(reached, start)).toContain('The goal is no longer reached: 1 of 3 checks pass.');
    expect(goalAnnouncement(start, start)).toBe('');
  });
});

describe("question goal states (the checker's answer keys) use the same checks", () => {
  test.each<[Record<string, { versions?: Record<string, Stage>; aliases?: Record<string, number> }>, string[]]>([
    [{ 'my-model': { versions: { '1': 'Production' }, aliases: { champion: 1 } } }, []],
    [
      { 'my-model': { versions: { '2': 'Production' } } },
      ['my-model version 2 is in Staging; the goal needs Production'],
    ],
    [
      { 'my-model': { aliases: { champion: 2 } } },
      ['my-model alias champion points to version 1; the goal needs version 2'],
    ],
    [{ fraud: { versions: { '1': 'Staging' } } }, ['registered model fraud does not exist']],
  ])('%j', (models, unmet) => {
    expect(unmetStateGoal(state, { models })).toEqual(unmet);
  });
});

test("property: a goal made from a registry's own stages and aliases is reached by that registry", () => {
  const stage = fc.constantFrom<Stage>('None', 'Staging', 'Production', 'Archived');
  fc.assert(
    fc.property(fc.array(stage, { minLength: 1, maxLength: 6 }), fc.nat(5), (stages, aliasAt) => {
      const spec: ScenarioSpec = {
        name: 'p',
        title: 'p',
        models: [
          {
            name: 'm',
            versions: stages.map((s, i) => ({ stage: s, aliases: i === aliasAt % stages.length ? ['champion'] : [] })),
          },
        ],
      };
      const s: RegistryState = buildScenario(spec, deterministicSources(3));
      const versions = Object.fromEntries(stages.map((st, i) => [String(i + 1), st]));
      const checks = stateGoalChecks({
        models: { m: { versions, aliases: { champion: (aliasAt % stages.length) + 1 } } },
      });
      expect(evaluateChecks(s, checks, 'm').every((r) => r.passed)).toBe(true);
      // and moving any one version elsewhere is noticed by exactly that version's check
      const other: Stage = stages[0] === 'Archived' ? 'None' : 'Archived';
      const moved = transitionStage(s, deterministicSources(4), {
        name: 'm',
        version: 1,
        stage: other,
        archiveExistingVersions: false,
      });
      if (!moved.ok) throw new Error(moved.error.message);
      const failing = evaluateChecks(moved.state, checks, 'm')
        .filter((r) => !r.passed)
        .map((r) => r.id);
      expect(failing).toEqual([`v1-${(stages[0] as Stage).toLowerCase()}`]);
    }),
  );
});
