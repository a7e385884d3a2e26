// The lab builder's proposals: act on a scenario, and the checks offered are exactly what changed,
// each passing at the end and failing at the start.
import { describe, expect, test } from 'vitest';
import { changedModel, proposeChecks } from '../../src/engine/goal-proposals.ts';
import { evaluateGoal } from '../../src/engine/goals.ts';
import { buildScenario, ScenarioSpec } from '../../src/engine/registry/index.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';

const SPEC = ScenarioSpec.parse({
  name: 'three-versions',
  title: 'Three versions',
  models: [
    {
      name: 'my-model',
      versions: [
        { run: { runName: 'a' } },
        { run: { runName: 'b' }, stage: 'Staging' },
        { run: { runName: 'c' }, aliases: ['champion'] },
      ],
    },
    { name: 'other', versions: [{ run: { runName: 'x' } }] },
  ],
});

function acted(python: string) {
  const sources = deterministicSources(1);
  const session = new Session({ scenario: buildScenario(SPEC, sources), sources });
  const start = session.registry;
  const r = session.runPython(`from mlflow import MlflowClient\nc = MlflowClient()\n${python}`);
  expect(r.stderr.replace(/^.*FutureWarning.*\n(  .*\n)?/gm, '')).toBe('');
  return { start, end: session.registry };
}

describe('proposeChecks: what changed, in the learner words of the Goal panel', () => {
  test.each([
    [
      'promote with archiving',
      'c.transition_model_version_stage("my-model", 3, "Production", archive_existing_versions=True)',
      ['version 3 is in Production', 'exactly one version of my-model is in Production'],
    ],
    [
      'a version leaves Staging',
      'c.transition_model_version_stage("my-model", 2, "Archived")',
      [
        'version 2 is Archived',
        'no version of my-model is left in Staging',
        'exactly one version of my-model is Archived',
      ],
    ],
    [
      'move an alias',
      'c.set_registered_model_alias("my-model", "champion", 1)',
      ['alias champion points to version 1'],
    ],
    ['delete an alias', 'c.delete_registered_model_alias("my-model", "champion")', ['alias champion is not set']],
    [
      'tags on a version and on the model',
      'c.set_model_version_tag("my-model", 2, "validation", "passed")\nc.set_registered_model_tag("my-model", "team", "fraud")',
      ['tag team on my-model is "fraud"', 'tag validation on version 2 is "passed"'],
    ],
    [
      'delete a version: its alias goes with it',
      'c.delete_model_version("my-model", 3)',
      ['alias champion is not set', 'my-model has 2 versions'],
    ],
    ['another model, named', 'c.create_registered_model("prod.fraud")', ['registered model prod.fraud exists']],
    ['deleting a model', 'c.delete_registered_model("other")', ['registered model other is deleted']],
    ['nothing changed', 'c.get_registered_model("my-model")', []],
  ])('%s', (_label, python, labels) => {
    const { start, end } = acted(python);
    const proposals = proposeChecks(start, end, 'my-model');
    expect(proposals.map((p) => p.label)).toEqual(labels);
    // Any selection of them is a goal the end reaches and the start does not.
    if (proposals.length) {
      const goal = { model: 'my-model', checks: proposals.map((p) => p.check) };
      expect(evaluateGoal(end, goal).reached).toBe(true);
      expect(evaluateGoal(start, goal).reached).toBe(false);
    }
  });

  test("checks about the goal's own model carry no model field; others name theirs", () => {
    const { start, end } = acted(
      'c.set_registered_model_alias("my-model", "champion", 1)\nc.delete_registered_model("other")',
    );
    expect(proposeChecks(start, end, 'my-model').map((p) => p.check)).toEqual([
      { kind: 'alias', alias: 'champion', version: 1 },
      { kind: 'modelExists', exists: false, model: 'other' },
    ]);
  });

  test('changedModel picks the model the instructor acted on', () => {
    const { start, end } = acted('c.set_registered_model_tag("other", "team", "x")');
    expect(changedModel(start, end)).toBe('other');
    expect(changedModel(start, start)).toBe('my-model');
  });
});
