// What the simulated models answer. There are no real weights here, so every model answers with a
// fixed linear function of each input row whose weights come from the trained artifact's identity.
// One function for every face: `curl .../invocations` against `mlflow models serve` and
// `mlflow.pyfunc.load_model(uri).predict(...)` give the same numbers for the same model, and two
// versions trained in different runs give different ones, which is how a learner can tell which
// version a server (or a loaded model) really holds after a promotion.
import type { RegistryState } from './registry/types.ts';
import { predictEstimator, pythonLabel, type FittedEstimator } from './estimators.ts';

export type Resolved =
  | { readonly kind: 'version'; readonly name: string; readonly version: number }
  | { readonly kind: 'logged-model'; readonly modelId: string };

/**
 * The artifact a resolved URI points at: the LoggedModel a version was registered from
 * (its source is `models:/m-<id>` in 3.x), else the version itself.
 */
export function artifactKey(state: RegistryState, target: Resolved, depth = 0): string {
  if (target.kind === 'logged-model') return target.modelId;
  const mv = state.models[target.name]?.versions[target.version - 1];
  const id = mv ? (mv.modelId ?? /^models:\/(m-[0-9a-f]+)$/.exec(mv.source)?.[1]) : undefined;
  // A copy (copy_model_version) has the source version's URI as its source: same artifact.
  const copied = mv && !id ? /^models:\/([^/@]+)\/(\d+)$/.exec(mv.source) : null;
  if (copied && depth < 16)
    return artifactKey(state, { kind: 'version', name: copied[1]!, version: Number(copied[2]) }, depth + 1);
  return id ?? `${target.name}/${target.version}`;
}

/** The fitted sklearn model an artifact holds, if one was logged (src/engine/estimators.ts). */
export function estimatorOf(state: RegistryState, artifact: string): FittedEstimator | undefined {
  return Object.hasOwn(state.loggedModels, artifact) ? state.loggedModels[artifact]!.estimator : undefined;
}

/**
 * One row's prediction as the scoring server writes it: a fitted model's answer (integer class
 * labels stay ints in JSON), else the identity-weighted stand-in below.
 */
export function servedPrediction(
  estimator: FittedEstimator | undefined,
  artifact: string,
  row: readonly number[],
): number | string | bigint {
  if (estimator) return pythonLabel(estimator, predictEstimator(estimator, [row])[0]!);
  return predictRow(artifact, row);
}

function hash32(text: string): number {
  // FNV-1a: small, stable, well spread for short keys.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One prediction for one row of numbers, rounded to 4 decimals like a printed float. */
export function predictRow(artifact: string, row: readonly number[]): number {
  const seed = hash32(artifact);
  const weight = 0.25 + (seed % 1000) / 1000;
  const bias = ((seed >>> 10) % 100) / 100;
  const sum = row.reduce((s, x) => s + (Number.isFinite(x) ? x : 0), 0);
  return Math.round((sum * weight + bias) * 10000) / 10000;
}
