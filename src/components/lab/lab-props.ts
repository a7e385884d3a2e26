// What the lab page hands its island: plain JSON made at build time (markdown already rendered to
// safe HTML by src/components/quiz/markdown.ts), so the island needs neither zod nor a renderer.
import type { Goal, GoalCheck } from '../../engine/goal-schema.ts';
import type { RegistryState } from '../../engine/registry/types.ts';

export interface HintTier {
  /** "A nudge", "The concept", "The exact command". */
  readonly title: string;
  readonly html: string;
}

export interface LabPanelProps {
  readonly labId: string;
  /** The page session's key (`lab:<id>`): its own localStorage entry, apart from the lesson's. */
  readonly sessionKey: string;
  readonly scenario: RegistryState;
  readonly goal: Goal;
  readonly hints: readonly HintTier[];
  readonly feedback: readonly { readonly when: readonly GoalCheck[]; readonly html: string }[];
  readonly solution: { readonly terminal?: readonly string[]; readonly python?: string };
  readonly par: number;
}

/** The lab session's store key: apart from the lesson's own session (`session:<lesson>`). */
export function labSessionKey(labId: string): string {
  return `lab:${labId}`;
}
