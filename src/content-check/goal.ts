// Compare a registry with a verified question's goal state. The logic is the engine's
// (src/engine/goals.ts), shared with the labs in the browser, so the checker and the page agree.
import { unmetStateGoal } from '../engine/goals.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import type { Goal } from '../schemas/question.ts';

/** What is not yet as the goal says, in the learner's words; empty when the goal is reached. */
export function unmetGoal(state: RegistryState, goal: Goal): string[] {
  return unmetStateGoal(state, goal);
}
