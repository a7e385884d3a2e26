// The lab builder's draft: recorded steps become the solution, the schema and the checker judge it,
// and the YAML it downloads is what check:content proves.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { proposeChecks } from '../../src/engine/goal-proposals.ts';
import { buildScenario, ScenarioSpec } from '../../src/engine/registry/index.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { labSchema } from '../../src/schemas/lab.ts';
import { checkDraft, PROGRAM, solutionOf, type LabDraft, type RecordedStep } from '../../src/studio/lab-draft.ts';

const SPEC = {
  name: 'studio-test',
  title: 'Two versions',
  models: [{ name: 'my-model', versions: [{ run: { runName: 'a' } }, { run: { runName: 'b' } }] }],
};

/** Act the lines out in a session from the scenario, as the studio's terminal does. */
function act(lines: string[]): { steps: RecordedStep[]; draft: LabDraft } {
  const sources = deterministicSources(1);
  const session = new Session({ scenario: buildScenario(ScenarioSpec.parse(SPEC), sources), sources });
  const start = session.registry;
  const steps = lines.map((line) => {
    const r = session.run(line);
    return { prompt: r.prompt, input: line, changed: r.changes.length > 0 };
  });
  const checks = proposeChecks(start, session.registry, 'my-model').map((p) => p.check);
  return {
    steps,
    draft: {
      id: 'crown-v2',
      lesson: 'aliases',
      order: 3,
      title: 'Crown version 2',
      story: 'Version 2 passed its checks. Make it the champion.',
      scenario: 'studio-test',
      realMlflow: 'Everything here is real MLflow: `set_registered_model_alias`.',
      nudge: 'Which name do the serving jobs load?',
      concept: 'An alias points at one version; setting it moves it.',
      model: 'my-model',
      checks,
      steps,
    },
  };
}

const PYTHON_ROUTE = [
  'python',
  'from mlflow import MlflowClient',
  'c = MlflowClient()',
  'c.set_registered_model_alias("my-model", "champion", 2)',
  'exit()',
];

describe('solutionOf', () => {
  test('a Python-only session is also a program, without python and exit()', () => {
    const { steps } = act(PYTHON_ROUTE);
    expect(solutionOf(steps)).toEqual({
      terminal: PYTHON_ROUTE,
      python:
        'from mlflow import MlflowClient\nc = MlflowClient()\nc.set_registered_model_alias("my-model", "champion", 2)\n',
    });
  });

  test('a session with shell commands is terminal lines only', () => {
    const { steps } = act(['mlflow models --help', ...PYTHON_ROUTE]);
    expect(solutionOf(steps).python).toBeUndefined();
  });
});

describe('the editor route', () => {
  const program = (input: string): RecordedStep => ({ prompt: PROGRAM, input, changed: true });

  test('programs run from the editor are the Python solution, proven with par from its operations', () => {
    const { draft } = act(PYTHON_ROUTE);
    const steps = [
      program(
        'from mlflow import MlflowClient\nMlflowClient().set_registered_model_alias("my-model", "champion", 2)\n',
      ),
    ];
    expect(solutionOf(steps)).toEqual({ python: steps[0]!.input });
    const verdict = checkDraft({ ...draft, steps }, SPEC);
    expect(verdict).toMatchObject({ ok: true });
    if (verdict.ok) {
      expect(verdict.lab.solution).toEqual({ python: steps[0]!.input });
      expect(verdict.lab.par).toBe(1);
    }
  });

  test('a recording that mixes terminal lines and editor programs is refused', () => {
    const { draft, steps } = act(PYTHON_ROUTE);
    const verdict = checkDraft({ ...draft, steps: [...steps, program('print(1)\n')] }, SPEC);
    expect(verdict.ok ? [] : verdict.problems).toEqual([
      'one route per recording: the steps mix terminal lines and editor programs; Reset and record it one way',
    ]);
  });
});

describe('checkDraft', () => {
  test('an id or an order another lab of the lesson uses is refused, naming a free order', () => {
    const existing = [
      { id: 'crown-v2', lesson: 'other', order: 1 },
      { id: 'x', lesson: 'aliases', order: 3 },
      { id: 'y', lesson: 'aliases', order: 1 },
    ];
    const verdict = checkDraft(act(PYTHON_ROUTE).draft, SPEC, existing);
    expect(verdict.ok ? [] : verdict.problems.slice(0, 2)).toEqual([
      'field "id": the course already has a lab "crown-v2"',
      'field "order": 3 is already used by x in lesson "aliases" (2 is free)',
    ]);
  });

  test('a recorded route with its proposed checks is proven, and its YAML parses back to the same lab', () => {
    const { draft } = act(PYTHON_ROUTE);
    const verdict = checkDraft(draft, SPEC);
    expect(verdict).toMatchObject({ ok: true });
    if (!verdict.ok) return;
    expect(verdict.yaml).toMatch(/^# Lab "Crown version 2" for the aliases lesson/);
    expect(labSchema.parse(parse(verdict.yaml))).toEqual(verdict.lab);
    expect(verdict.lab.goal.checks).toEqual([{ kind: 'alias', alias: 'champion', version: 2 }]);
    // One alias call changed the registry: python, the import, the client and exit() are free.
    expect(verdict.lab.par).toBe(1);
  });

  test.each([
    ['no steps', (d: LabDraft) => ({ ...d, steps: [] }), /record the solution/],
    ['no checks', (d: LabDraft) => ({ ...d, checks: [] }), /tick at least one proposed check/],
    ['a bad id', (d: LabDraft) => ({ ...d, id: 'Crown V2' }), /field "id": expected a lowercase name/],
    ['an empty story', (d: LabDraft) => ({ ...d, story: '' }), /field "story"/],
    [
      'a check the route does not reach',
      (d: LabDraft) => ({ ...d, checks: [{ kind: 'alias' as const, alias: 'champion', version: 1 }] }),
      /does not reach the goal/,
    ],
  ])('%s is refused with a reason', (_label, edit, problem) => {
    const verdict = checkDraft(edit(act(PYTHON_ROUTE).draft), SPEC);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problems.join('\n')).toMatch(problem);
  });
});
