// Goal checking for labs and verified questions: state, not keystrokes, is checked (like Learn Git
// Branching's TreeCompare), but every check is named, has a human label, and says in plain words
// what is true now, so a learner sees "version 2 is in Staging; the goal needs Production" rather
// than a bare "not solved". Pure and cheap: it runs after every command the learner types.
import type { Goal, GoalCheck } from './goal-schema.ts';
import type { ModelVersion, RegisteredModel, RegistryState, Stage } from './registry/types.ts';

export type { Goal, GoalCheck } from './goal-schema.ts';

export interface CheckResult {
  readonly id: string;
  /** What the goal asks, e.g. "version 2 is in Production". */
  readonly label: string;
  readonly passed: boolean;
  /** What is true now, e.g. "version 2 is in Staging". */
  readonly detail: string;
  /** What the goal needs instead, short, to follow the detail: "Production", "version 1", "none". */
  readonly need: string;
}

export interface GoalReport {
  readonly reached: boolean;
  readonly passed: number;
  readonly total: number;
  readonly results: readonly CheckResult[];
}

/** "in Production", "Archived" (a version *is* archived), "in stage None" (not "in no stage at all"). */
function inStage(stage: Stage): string {
  if (stage === 'None') return 'in stage None';
  return stage === 'Archived' ? 'Archived' : `in ${stage}`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** Live versions: a deleted version keeps its number in the store but is gone for learners (facts §2.2). */
function liveVersions(model: RegisteredModel): ModelVersion[] {
  return model.versions.filter((v) => v.currentStage !== 'Deleted_Internal');
}

/** "versions 1 and 2", "versions 1, 2 and 4". */
function versionList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `version ${numbers[0]}`;
  return `versions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function whoIsIn(model: RegisteredModel, stage: Stage): { numbers: number[]; detail: string } {
  const numbers = liveVersions(model)
    .filter((v) => v.currentStage === stage)
    .map((v) => v.version);
  if (numbers.length === 0) return { numbers, detail: `no version of ${model.name} is ${inStage(stage)}` };
  return { numbers, detail: `${versionList(numbers)} ${numbers.length === 1 ? 'is' : 'are'} ${inStage(stage)}` };
}

function versionsWord(n: number): string {
  return n === 1 ? '1 version' : `${n} versions`;
}

/** The id a check is shown and stored under: the author's, or one made from what it checks. */
export function checkId(check: GoalCheck): string {
  if (check.id) return check.id;
  switch (check.kind) {
    case 'versionStage':
      return `v${check.version}-${slug(check.stage)}`;
    case 'alias':
      return `alias-${slug(check.alias)}`;
    case 'stageCount':
      return `${slug(check.stage)}-count`;
    case 'noVersionIn':
      return `none-in-${slug(check.stage)}`;
    case 'versionCount':
      return 'version-count';
    case 'modelExists':
      return check.exists ? 'model-exists' : 'model-gone';
    case 'tag':
      return `${check.version === undefined ? '' : `v${check.version}-`}tag-${slug(check.key)}`;
    case 'description':
      return `${check.version === undefined ? '' : `v${check.version}-`}description`;
  }
}

/** What the check asks, in the learner's words: the author's label or one made from the check. */
export function checkLabel(check: GoalCheck, defaultModel: string): string {
  if (check.label) return check.label;
  const model = check.model ?? defaultModel;
  switch (check.kind) {
    case 'versionStage':
      return `version ${check.version} is ${inStage(check.stage)}`;
    case 'alias':
      return check.version === null
        ? `alias ${check.alias} is not set`
        : `alias ${check.alias} points to version ${check.version}`;
    case 'stageCount':
      return check.count === 0
        ? `no version of ${model} is ${inStage(check.stage)}`
        : `exactly ${check.count === 1 ? 'one version' : `${check.count} versions`} of ${model} ${check.count === 1 ? 'is' : 'are'} ${inStage(check.stage)}`;
    case 'noVersionIn':
      return `no version of ${model} is left ${inStage(check.stage)}`;
    case 'versionCount':
      return `${model} has ${versionsWord(check.count)}`;
    case 'modelExists':
      return check.exists ? `registered model ${model} exists` : `registered model ${model} is deleted`;
    case 'tag': {
      const on = check.version === undefined ? model : `version ${check.version}`;
      return check.value === null ? `${on} has no tag ${check.key}` : `tag ${check.key} on ${on} is "${check.value}"`;
    }
    case 'description': {
      const on = check.version === undefined ? model : `version ${check.version}`;
      return check.contains === ''
        ? `${on} has a description`
        : `the description of ${on} mentions "${check.contains}"`;
    }
  }
}

/** The goal's side of a difference, short enough to follow "…; the goal needs ". */
export function checkNeed(check: GoalCheck): string {
  switch (check.kind) {
    case 'versionStage':
      return check.stage === 'None' ? 'stage None' : check.stage;
    case 'alias':
      return check.version === null ? 'no such alias' : `version ${check.version}`;
    case 'stageCount':
      return check.count === 0 ? `none ${inStage(check.stage)}` : `exactly ${check.count} ${inStage(check.stage)}`;
    case 'noVersionIn':
      return `none ${inStage(check.stage)}`;
    case 'versionCount':
      return versionsWord(check.count);
    case 'modelExists':
      return check.exists ? 'the model to exist' : 'the model deleted';
    case 'tag':
      return check.value === null ? 'no such tag' : `"${check.value}"`;
    case 'description':
      return check.contains === '' ? 'a description' : `a description mentioning "${check.contains}"`;
  }
}

/** What is true now for one check. `model` is undefined when the registered model does not exist. */
function judge(
  check: GoalCheck,
  modelName: string,
  model: RegisteredModel | undefined,
): { passed: boolean; detail: string } {
  if (check.kind === 'modelExists') {
    const exists = model !== undefined;
    return {
      passed: exists === check.exists,
      detail: exists ? `registered model ${modelName} exists` : `registered model ${modelName} does not exist`,
    };
  }
  if (!model) return { passed: false, detail: `registered model ${modelName} does not exist` };
  switch (check.kind) {
    case 'versionStage': {
      const v = model.versions[check.version - 1];
      if (!v) return { passed: false, detail: `version ${check.version} does not exist` };
      if (v.currentStage === 'Deleted_Internal')
        return { passed: false, detail: `version ${check.version} was deleted` };
      return {
        passed: v.currentStage === check.stage,
        detail: `version ${check.version} is ${inStage(v.currentStage)}`,
      };
    }
    case 'alias': {
      const actual = Object.hasOwn(model.aliases, check.alias) ? model.aliases[check.alias] : undefined;
      const detail =
        actual === undefined ? `alias ${check.alias} is not set` : `alias ${check.alias} points to version ${actual}`;
      return { passed: (actual ?? null) === check.version, detail };
    }
    case 'stageCount':
    case 'noVersionIn': {
      const want = check.kind === 'noVersionIn' ? 0 : check.count;
      const { numbers, detail } = whoIsIn(model, check.stage);
      return { passed: numbers.length === want, detail };
    }
    case 'versionCount': {
      const live = liveVersions(model).length;
      const deleted = model.versions.length - live;
      return {
        passed: live === check.count,
        detail: `${modelName} has ${versionsWord(live)}${deleted ? ` (${deleted} deleted)` : ''}`,
      };
    }
    case 'tag': {
      let tags: Readonly<Record<string, string>> = model.tags;
      let on = modelName;
      if (check.version !== undefined) {
        const v = model.versions[check.version - 1];
        if (!v || v.currentStage === 'Deleted_Internal')
          return { passed: false, detail: `version ${check.version} does not exist` };
        tags = v.tags;
        on = `version ${check.version}`;
      }
      const actual = Object.hasOwn(tags, check.key) ? tags[check.key] : undefined;
      const detail =
        actual === undefined ? `${on} has no tag ${check.key}` : `tag ${check.key} on ${on} is "${actual}"`;
      return { passed: (actual ?? null) === check.value, detail };
    }
    case 'description': {
      let text: string | null = model.description;
      let on = modelName;
      if (check.version !== undefined) {
        const v = model.versions[check.version - 1];
        if (!v || v.currentStage === 'Deleted_Internal')
          return { passed: false, detail: `version ${check.version} does not exist` };
        text = v.description;
        on = `version ${check.version}`;
      }
      const passed = text !== null && text !== '' && text.toLowerCase().includes(check.contains.toLowerCase());
      const detail = text === null || text === '' ? `${on} has no description` : `${on} is described as "${text}"`;
      return { passed, detail };
    }
  }
}

/** Evaluate checks against a registry, in order. */
export function evaluateChecks(
  state: RegistryState,
  checks: readonly GoalCheck[],
  defaultModel: string,
): CheckResult[] {
  return checks.map((check) => {
    const modelName = check.model ?? defaultModel;
    const model = Object.hasOwn(state.models, modelName) ? state.models[modelName] : undefined;
    return {
      id: checkId(check),
      label: checkLabel(check, defaultModel),
      need: checkNeed(check),
      ...judge(check, modelName, model),
    };
  });
}

export function evaluateGoal(state: RegistryState, goal: Goal): GoalReport {
  const results = evaluateChecks(state, goal.checks, goal.model);
  const passed = results.filter((r) => r.passed).length;
  return { reached: passed === results.length, passed, total: results.length, results };
}

/** One unmet check as a plain-language difference: "version 2 is in Staging; the goal needs Production". */
export function describeUnmet(result: CheckResult): string {
  return `${result.detail}; the goal needs ${result.need}`;
}

/**
 * The whole state difference in one sentence, for the Goal panel: "Still to do: version 2 is in
 * Staging, the goal needs Production; version 1 is in Production, the goal needs Archived."
 */
export function goalSummary(report: GoalReport): string {
  if (report.reached) return `Goal reached: all ${report.total} checks pass.`;
  const unmet = report.results.filter((r) => !r.passed).map((r) => `${r.detail}, the goal needs ${r.need}`);
  return `Still to do: ${unmet.join('; ')}.`;
}

/**
 * What a screen reader should hear after a command: the checks that flipped, then the goal as a
 * whole when it was just reached (or just lost). Empty when nothing changed.
 */
export function goalAnnouncement(before: GoalReport, after: GoalReport): string {
  const was = new Map(before.results.map((r) => [r.id, r.passed]));
  const parts: string[] = [];
  for (const r of after.results) {
    const prev = was.get(r.id);
    if (prev === undefined || prev === r.passed) continue;
    parts.push(r.passed ? `Check passed: ${r.label}.` : `Check no longer passes: ${r.label} (now ${r.detail}).`);
  }
  if (after.reached && !before.reached) parts.push(`Goal reached: all ${after.total} checks pass.`);
  else if (!after.reached && before.reached)
    parts.push(`The goal is no longer reached: ${after.passed} of ${after.total} checks pass.`);
  return parts.join(' ');
}

/**
 * The compact goal-state form verified questions use (`{models: {my-model: {versions: {2:
 * Production}, aliases: {champion: 2}}}}`, src/schemas/question.ts) as named checks, so questions
 * and labs share one evaluation.
 */
export interface StateGoal {
  readonly models: Readonly<
    Record<
      string,
      { readonly versions?: Readonly<Record<string, Stage>>; readonly aliases?: Readonly<Record<string, number>> }
    >
  >;
}

export function stateGoalChecks(goal: StateGoal): GoalCheck[] {
  return Object.entries(goal.models).flatMap(([model, want]): GoalCheck[] => [
    ...Object.entries(want.versions ?? {}).map(
      ([n, stage]): GoalCheck => ({ kind: 'versionStage', model, version: Number(n), stage }),
    ),
    ...Object.entries(want.aliases ?? {}).map(
      ([alias, version]): GoalCheck => ({ kind: 'alias', model, alias, version }),
    ),
  ]);
}

/** The unmet parts of a state goal, each as a plain-language difference; empty when reached. */
export function unmetStateGoal(state: RegistryState, goal: StateGoal): string[] {
  return Object.keys(goal.models).flatMap((model) => {
    // A missing model fails every check about it; saying so once is enough.
    if (!Object.hasOwn(state.models, model)) return [`registered model ${model} does not exist`];
    const checks = stateGoalChecks({ models: { [model]: goal.models[model] ?? {} } });
    return evaluateChecks(state, checks, model)
      .filter((r) => !r.passed)
      .map((r) => `${model} ${describeUnmet(r)}`);
  });
}
