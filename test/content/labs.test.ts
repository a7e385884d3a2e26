// `check:content` proves labs like Learn Git Branching's CI replays level solutions: a fixture lab
// is proven (solution reaches the goal, the start does not); each broken variant (one change to
// it, test/fixtures/labs/broken) fails with a message naming the file and what is wrong. The
// course's own labs are proven too, and their schema is the documentation authors read.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, summaryLine } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { loadContent, staticRoutes } from '../../src/content-check/load.ts';
import { labSchema } from '../../src/schemas/lab.ts';
import { REPO, fixtureContent } from './fixtures.ts';

const LABS = `${REPO}test/fixtures/labs/`;

function checkLab(file: string) {
  const text = readFileSync(`${LABS}${file}`, 'utf8');
  return checkContent({ ...fixtureContent(), labs: [{ path: 'labs/tiny-lab.yaml', text }] }, simulator, {
    routes: ['/guide'],
  });
}

describe('the valid fixture lab', () => {
  const report = checkLab('valid.yaml');
  test('is proven, and the summary line counts it beside examples and questions', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(summaryLine(report)).toBe('check:content: 2 examples, 6 questions and 1 labs proven, 0 failed');
  });
  test('a course without lab files keeps the summary line it had', () => {
    expect(summaryLine(checkContent(fixtureContent(), simulator, { routes: ['/guide'] }))).toBe(
      'check:content: 2 examples and 6 questions proven, 0 failed',
    );
  });
});

test('a REPL block ended by a blank line is a solution line that gives nothing away in a nudge', () => {
  expect(checkLab('repl-loop.yaml').problems.map(formatProblem)).toEqual([]);
});

describe('a broken lab fails with a precise message and is not counted as proven', () => {
  test.each([
    // the reference solution must reach the goal (facts §2.3: a transition moves only its version)
    [
      'solution-misses-goal',
      'labs/tiny-lab.yaml: solution.terminal does not reach the goal (2 of 3 checks pass):\n  ✗ version 2 is in Staging; the goal needs Production',
    ],
    // par counts registry-changing operations: python, the import and the client line are free
    [
      'par-counts-lines',
      'labs/tiny-lab.yaml: par: 5 is more than any route needs (solution.terminal: 2, solution.python: 2); par counts registry-changing operations, not lines',
    ],
    // the real client route must reach par too
    [
      'python-over-par',
      'labs/tiny-lab.yaml: par: 2 is fewer than the 3 registry-changing operations solution.python takes; par must be reachable by every route',
    ],
    // the start must not already pass, or there is nothing to do
    [
      'already-solved',
      'labs/tiny-lab.yaml: the scenario alone already reaches the goal (every check passes): there is nothing for the learner to do',
    ],
    // a solution line that errors is reported with its index and the terminal's output (facts §3)
    [
      'failing-command',
      'labs/tiny-lab.yaml: solution.terminal[0] "mlflow models transition-stage --model-name my-model --version 9 --stage Staging" failed (exit code 1):',
    ],
    ['failing-command', 'Error: Model Version (name=my-model, version=9) not found'],
    // the Python solution is proven too; its traceback is shown without the warnings before it (facts §1)
    [
      'python-traceback',
      'labs/tiny-lab.yaml: solution.python failed (exit code 1):\n  Traceback (most recent call last):',
    ],
    [
      'python-traceback',
      'Invalid Model Version stage: Live. Value must be one of None, Staging, Production, Archived.',
    ],
    [
      'unknown-check-kind',
      'labs/tiny-lab.yaml:15:9: field "goal.checks[2].kind": expected one of "versionStage", "alias", "stageCount", "noVersionIn", "versionCount", "modelExists", "tag", "description", found "versionTotal"',
    ],
    [
      'missing-hint-tier',
      'labs/tiny-lab.yaml:16:1: field "hints.concept": expected text, found nothing (the field is missing)',
    ],
    [
      'command-hint-without-code',
      'labs/tiny-lab.yaml: hints.command: the last hint tier must give the exact command in a code span or block',
    ],
    [
      'par-too-low',
      'labs/tiny-lab.yaml: par: 1 is fewer than the 2 registry-changing operations solution.terminal takes; par must be reachable by every route',
    ],
    [
      'duplicate-check-ids',
      'labs/tiny-lab.yaml: goal: two checks have the id "v1-staging" (give one an explicit `id`)',
    ],
    [
      'unknown-scenario',
      'labs/tiny-lab.yaml: field "scenario": unknown scenario "tiny-registry" (known: tiny); the lab was not proven',
    ],
    ['unknown-lesson', 'labs/tiny-lab.yaml: field "lesson": unknown lesson "tiny" (known: tiny-lesson)'],
    ['id-not-file-name', 'labs/tiny-lab.yaml: field "id": expected "tiny-lab" (the file name), found "tiny-labs"'],
    [
      'feedback-at-start',
      'labs/tiny-lab.yaml: feedback[0] already shows at the start: its `when` checks all pass in the scenario',
    ],
  ])('%s', (brokenCase, expected) => {
    const report = checkLab(`broken/${brokenCase}.yaml`);
    expect(report.problems.map(formatProblem).join('\n')).toContain(expected);
    expect(report.labs).toBe(0);
  });
});

describe('the course labs', () => {
  const files = loadContent(`${REPO}content`, REPO);
  const report = checkContent(files, simulator, { routes: staticRoutes(`${REPO}src/pages`) });
  const labs = (files.labs ?? []).map((f) => labSchema.parse(parse(f.text)));

  test('are all proven: each solution reaches its goal from its scenario, no start already does', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.labs).toBe(labs.length);
    expect(summaryLine(report)).toMatch(new RegExp(` and ${labs.length} labs proven, 0 failed$`));
  });

  // Par counts registry-changing operations: `python`, the import and `client = MlflowClient()`
  // are free, so the Python route to the aliases lab is on par with its two alias calls.
  test.each([
    ['promote-and-retire', 'model-stages-in-use', 1, 1],
    ['stage-then-roll-back', 'model-stages-after-promotion', 2, 2],
    ['stages-to-aliases', 'model-stages-in-use', 2, 5],
  ])(
    '%s starts from %s with par %i (%i terminal lines) and solves in the terminal and in Python',
    (id, scenario, par, lines) => {
      const lab = labs.find((l) => l.id === id);
      expect(lab).toMatchObject({ lesson: 'model-stages', scenario, par });
      expect(lab?.solution.terminal?.length).toBe(lines);
      expect(lab?.solution.python).toContain('MlflowClient');
    },
  );

  // facts §4: stages are deprecated in favour of aliases; the migration lab uses the real client call
  test('the aliases lab needs the Python client: the shorthand has no alias command', () => {
    const lab = labs.find((l) => l.id === 'stages-to-aliases');
    expect(lab?.solution.terminal?.[0]).toBe('python');
    expect(lab?.solution.terminal?.join('\n')).toContain(
      'client.set_registered_model_alias("my-model", "champion", 1)',
    );
  });
});
