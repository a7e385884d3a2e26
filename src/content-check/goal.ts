// Compare a registry with a goal state, the way labs and verified questions do: only what the
// goal lists is checked, and each difference is named in the learner's words.
import type { RegistryState } from '../engine/registry/types.ts';
import type { Goal } from '../schemas/question.ts';

/** What is not yet as the goal says; empty when the goal is reached. */
export function unmetGoal(state: RegistryState, goal: Goal): string[] {
  const unmet: string[] = [];
  for (const [name, want] of Object.entries(goal.models)) {
    const model = state.models[name];
    if (!model) {
      unmet.push(`registered model ${name} does not exist`);
      continue;
    }
    for (const [number, stage] of Object.entries(want.versions ?? {})) {
      const version = model.versions.find((v) => v.version === Number(number));
      if (!version || version.currentStage === 'Deleted_Internal') unmet.push(`${name} version ${number} does not exist`);
      else if (version.currentStage !== stage) unmet.push(`${name} version ${number} is ${version.currentStage}, not ${stage}`);
    }
    for (const [alias, number] of Object.entries(want.aliases ?? {})) {
      const actual = model.aliases[alias];
      if (actual !== number) unmet.push(`${name}@${alias} ${actual === undefined ? 'is not set' : `points to version ${actual}`}, not version ${number}`);
    }
  }
  return unmet;
}
