// Shared fixtures for the registry tests: registries built through the real operations.
import { expect } from 'vitest';
import { deterministicSources } from '../../../src/engine/sources.ts';
import type { Sources } from '../../../src/engine/sources.ts';
import {
  createModelVersion,
  createRegisteredModel,
  EMPTY_REGISTRY,
  transitionStage,
} from '../../../src/engine/registry/index.ts';
import type { Change, ErrorCode, RegistryState, Result } from '../../../src/engine/registry/index.ts';

export function ok<T>(r: Result<T>): { state: RegistryState; value: T; changes: readonly Change[] } {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r;
}

/** Assert an MLflow error with this exact message and code, and return it. */
export function expectError<T>(r: Result<T>, message: string, code: ErrorCode): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  // toMatchObject: an error may also say which check raised it (MlflowException.check).
  expect(r.error).toMatchObject({ kind: 'mlflow', message, errorCode: code });
}

/**
 * `my-model` with one version per entry of `stages` (created in order, then moved to its stage
 * without archiving), plus the sources used, so later writes keep advancing the same clock.
 */
export function registry(
  stages: readonly string[] = ['None', 'None', 'None'],
  name = 'my-model',
): { state: RegistryState; src: Sources } {
  const src = deterministicSources(7);
  let state = ok(createRegisteredModel(EMPTY_REGISTRY, src, { name })).state;
  for (let i = 0; i < stages.length; i++) {
    state = ok(createModelVersion(state, src, { name, source: `models:/m-${i + 1}`, runId: `run${i + 1}` })).state;
  }
  for (let i = 0; i < stages.length; i++) {
    if (stages[i] !== 'None')
      state = ok(transitionStage(state, src, { name, version: i + 1, stage: stages[i] as string })).state;
  }
  return { state, src };
}

/** Current stage of each version of a model, deleted ones shown as 'Deleted_Internal'. */
export function stagesOf(state: RegistryState, name = 'my-model'): string[] {
  return (state.models[name]?.versions ?? []).map((v) => v.currentStage);
}
