// Stage names and their canonical form (facts §1,
// mlflow/entities/model_registry/model_version_stages.py::get_canonical_stage).
import { invalidStage } from './errors.ts';
import { ALL_STAGES, ACTIVE_STAGES } from './types.ts';
import type { MlflowError, Stage } from './types.ts';

export { ALL_STAGES, ACTIVE_STAGES };
export type { Stage };

/** Python's `{stage.lower(): stage for stage in ALL_STAGES}`. */
const CANONICAL: ReadonlyMap<string, Stage> = new Map(ALL_STAGES.map((s) => [s.toLowerCase(), s]));

export type StageResult =
  | { readonly ok: true; readonly stage: Stage }
  | { readonly ok: false; readonly error: MlflowError };

/**
 * Case-insensitive match, no trimming: "archived" -> Archived, " Staging" is invalid and the
 * error echoes the raw input (§1).
 */
export function canonicalStage(input: string): StageResult {
  const stage = CANONICAL.get(String(input).toLowerCase());
  return stage ? { ok: true, stage } : { ok: false, error: invalidStage(String(input)) };
}

/**
 * The client's transition pre-check: `stage.strip() == ""` is refused before canonicalisation
 * (mlflow/tracking/_model_registry/client.py, §2.3 step 3). Python's strip() removes all whitespace.
 */
export function isBlankStage(input: string): boolean {
  return String(input).trim() === '';
}
