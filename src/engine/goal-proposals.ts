// Goal checks proposed from what changed between two registries: the lab builder (/studio) shows
// them after an instructor acts out a lab, so a goal is picked from the real outcome instead of
// pictured and hand-written. Each proposal is an ordinary goal check (./goal-schema.ts) that
// passes on the end state and fails on the start state, so any selection of them makes a goal
// the scenario alone does not reach. Pure.
import type { GoalCheck } from './goal-schema.ts';
import { checkLabel, evaluateChecks } from './goals.ts';
import type { ModelVersion, RegisteredModel, RegistryState, Stage } from './registry/types.ts';
import { ALL_STAGES } from './registry/types.ts';

export interface ProposedCheck {
  readonly check: GoalCheck;
  /** The label a learner reads, e.g. "version 2 is in Production". */
  readonly label: string;
}

const live = (m: RegisteredModel): ModelVersion[] => m.versions.filter((v) => v.currentStage !== 'Deleted_Internal');

function liveVersion(m: RegisteredModel | undefined, n: number): ModelVersion | undefined {
  return m ? live(m).find((v) => v.version === n) : undefined;
}

function stageCount(m: RegisteredModel | undefined, stage: Stage): number {
  return m ? live(m).filter((v) => v.currentStage === stage).length : 0;
}

/** Checks for one model, in the order a learner reads a goal: stages, aliases, tags, counts. */
function proposeForModel(name: string, before: RegisteredModel | undefined, after: RegisteredModel | undefined) {
  const checks: GoalCheck[] = [];
  const model = { model: name };
  if ((before === undefined) !== (after === undefined)) {
    checks.push({ kind: 'modelExists', exists: after !== undefined, ...model });
    if (after === undefined) return checks;
  }
  if (after === undefined) return checks;

  for (const v of live(after)) {
    const old = liveVersion(before, v.version);
    if (v.currentStage !== 'Deleted_Internal' && old?.currentStage !== v.currentStage)
      checks.push({ kind: 'versionStage', version: v.version, stage: v.currentStage, ...model });
  }
  for (const stage of ALL_STAGES) {
    if (stage === 'None') continue;
    const was = stageCount(before, stage);
    const now = stageCount(after, stage);
    if (was === now) continue;
    checks.push(
      now === 0 ? { kind: 'noVersionIn', stage, ...model } : { kind: 'stageCount', stage, count: now, ...model },
    );
  }

  const aliases = new Set([...Object.keys(before?.aliases ?? {}), ...Object.keys(after.aliases)]);
  for (const alias of [...aliases].sort()) {
    const was = before && Object.hasOwn(before.aliases, alias) ? before.aliases[alias]! : null;
    const now = Object.hasOwn(after.aliases, alias) ? after.aliases[alias]! : null;
    if (was !== now) checks.push({ kind: 'alias', alias, version: now, ...model });
  }

  const tagChecks = (
    was: Readonly<Record<string, string>> | undefined,
    now: Readonly<Record<string, string>>,
    version?: number,
  ): void => {
    const keys = new Set([...Object.keys(was ?? {}), ...Object.keys(now)]);
    for (const key of [...keys].sort()) {
      const a = was && Object.hasOwn(was, key) ? was[key]! : null;
      const b = Object.hasOwn(now, key) ? now[key]! : null;
      if (a !== b) checks.push({ kind: 'tag', key, value: b, ...(version === undefined ? {} : { version }), ...model });
    }
  };
  tagChecks(before?.tags, after.tags);
  for (const v of live(after)) tagChecks(liveVersion(before, v.version)?.tags, v.tags, v.version);

  const countBefore = before ? live(before).length : 0;
  if (countBefore !== live(after).length) checks.push({ kind: 'versionCount', count: live(after).length, ...model });
  return checks;
}

/**
 * Checks that describe how `end` differs from `start`. `goalModel` is the model the lab is about:
 * its checks come first and carry no `model` field (they default to the goal's model).
 */
export function proposeChecks(start: RegistryState, end: RegistryState, goalModel: string): ProposedCheck[] {
  const names = [...new Set([...Object.keys(start.models), ...Object.keys(end.models)])].sort((a, b) =>
    a === goalModel ? -1 : b === goalModel ? 1 : a.localeCompare(b),
  );
  const proposals: ProposedCheck[] = [];
  for (const name of names) {
    for (const raw of proposeForModel(name, own(start, name), own(end, name))) {
      const check = (raw.model === goalModel ? { ...raw, model: undefined } : raw) as GoalCheck;
      const clean = Object.fromEntries(Object.entries(check).filter(([, v]) => v !== undefined)) as GoalCheck;
      // Only what tells the two states apart: it must pass at the end and fail at the start.
      const [atEnd] = evaluateChecks(end, [clean], goalModel);
      const [atStart] = evaluateChecks(start, [clean], goalModel);
      if (atEnd?.passed && !atStart?.passed) proposals.push({ check: clean, label: checkLabel(clean, goalModel) });
    }
  }
  return proposals;
}

const own = (s: RegistryState, name: string): RegisteredModel | undefined =>
  Object.hasOwn(s.models, name) ? s.models[name] : undefined;

/** The model a lab is most likely about: the first one whose state changed, else the first there is. */
export function changedModel(start: RegistryState, end: RegistryState): string | undefined {
  const names = [...new Set([...Object.keys(start.models), ...Object.keys(end.models)])];
  return (
    names.find((n) => proposeForModel(n, own(start, n), own(end, n)).length > 0) ??
    Object.keys(end.models)[0] ??
    Object.keys(start.models)[0]
  );
}
