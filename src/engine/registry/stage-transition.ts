// Stages: transition a version, read the latest version per stage (facts §1, §2.3, §2.4).
// Both are deprecated since MLflow 2.9.0 but still work in 3.x; the FutureWarning is printed by
// the front ends (shell / Python bindings), not here, because it is output, not registry state.
import { read, wrote } from './result.ts';
import type { Change, Result } from './result.ts';
import type { Sources } from '../sources.ts';
import { stageChanged } from './diff.ts';
import { archiveNeedsActiveStage, emptyStage, versionNotFound } from './errors.ts';
import { canonicalStage, isBlankStage } from './stages.ts';
import { liveVersion, putModel, requireModel } from './store.ts';
import { intTooLarge, isMlflowError, isOversizedInt, parseVersion, shownVersion } from './validation.ts';
import { latestPerStage, versionView } from './views.ts';
import type { ModelVersionView } from './views.ts';
import { ACTIVE_STAGES, ALL_STAGES } from './types.ts';
import type { ModelVersion, RegisteredModel, RegistryState, Stage } from './types.ts';

export interface TransitionStageArgs {
  readonly name: string;
  readonly version: unknown;
  readonly stage: string;
  readonly archiveExistingVersions?: boolean;
}

/**
 * `MlflowClient.transition_model_version_stage`, checks in 3.x order (§2.3):
 * 1 prompt check (model must exist) - 2 blank stage - 3 canonical stage - 4 archive needs an active
 * target - then, as one transaction, archive the *other* versions in the target stage, look the
 * target up (not found rolls everything back), move it, and stamp the model. One clock reading:
 * the archived versions, the target and the model share the same timestamp.
 */
export function transitionStage(
  state: RegistryState,
  src: Sources,
  args: TransitionStageArgs,
): Result<ModelVersionView> {
  const model = requireModel(state, args.name);
  if (isMlflowError(model)) return { ok: false, error: model };
  if (isBlankStage(args.stage)) return { ok: false, error: emptyStage() };
  const canon = canonicalStage(args.stage);
  if (!canon.ok) return canon;
  const target = canon.stage;
  const archive = Boolean(args.archiveExistingVersions);
  if (archive && !ACTIVE_STAGES.includes(target)) {
    return { ok: false, error: archiveNeedsActiveStage(String(args.stage)) };
  }
  // `_validate_model_version` runs inside the transaction; a failure there rolls back the archive.
  const n = parseVersion(args.version);
  if (isMlflowError(n)) return { ok: false, error: n };
  if (isOversizedInt(args.version)) return { ok: false, error: intTooLarge() };
  const mv = liveVersion(model, n);
  if (!mv) return { ok: false, error: versionNotFound(model.name, shownVersion(args.version)) };

  const now = src.clock.now();
  const versions = model.versions.slice();
  const changes: Change[] = [];
  if (archive) {
    for (let i = 0; i < versions.length; i++) {
      const other = versions[i] as ModelVersion;
      if (other.currentStage === target && other.version !== mv.version) {
        versions[i] = { ...other, currentStage: 'Archived', lastUpdatedTimestamp: now };
        changes.push(stageChanged(model.name, other.version, target, 'Archived'));
      }
    }
  }
  const moved: ModelVersion = { ...mv, currentStage: target, lastUpdatedTimestamp: now };
  versions[mv.version - 1] = moved;
  if (mv.currentStage !== target) changes.push(stageChanged(model.name, mv.version, mv.currentStage, target));
  const updated: RegisteredModel = { ...model, versions, lastUpdatedTimestamp: now };
  return wrote(putModel(state, updated), versionView(updated, moved), changes);
}

/**
 * The `stages` argument as Python sees it: None or [] mean all four stages; a plain string is
 * iterated character by character (so "Production" fails on 'P', §1 last bullet).
 */
function requestedStages(
  stages: readonly string[] | string | null | undefined,
): ReadonlySet<Stage> | null | { error: ReturnType<typeof canonicalStage> & { ok: false } } {
  if (stages === null || stages === undefined) return null;
  const list = typeof stages === 'string' ? [...stages] : stages;
  if (list.length === 0) return null;
  const out = new Set<Stage>();
  for (const s of list) {
    const c = canonicalStage(s);
    if (!c.ok) return { error: c };
    out.add(c.stage);
  }
  return out;
}

/**
 * `get_latest_versions(name, stages=None)`: at most one version per stage, the highest number in
 * it; all four stages by default; ordered by the lowest version number in each stage, as SQLite
 * returns them (§2.4). A missing model fails the prompt check first.
 */
export function latestVersions(
  state: RegistryState,
  name: string,
  stages?: readonly string[] | string | null,
): Result<ModelVersionView[]> {
  const model = requireModel(state, name);
  if (isMlflowError(model)) return { ok: false, error: model };
  const wanted = requestedStages(stages);
  if (wanted !== null && 'error' in wanted) return wanted.error;
  return read(
    state,
    latestPerStage(model, wanted).map((mv) => versionView(model, mv)),
  );
}

/**
 * `MlflowClient.get_model_version_stages(name, version)` (deprecated): always the four stages,
 * whatever the version (mlflow/tracking/client.py, §1).
 */
export function modelVersionStages(): Stage[] {
  return [...ALL_STAGES];
}
