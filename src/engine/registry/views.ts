// What the client hands back: `ModelVersion` and `RegisteredModel` entities as a local sqlite store
// builds them (mlflow/store/model_registry/dbmodels/models.py::to_mlflow_entity, facts §8).
// Views are snapshots: later writes do not change a view already returned (§2.6).
import { aliasesOf } from './store.ts';
import type { ModelVersion, RegisteredModel, Stage } from './types.ts';

/** The client's ModelVersion: every stored field plus what 3.x adds (§8 property list). */
export interface ModelVersionView extends Omit<ModelVersion, 'currentStage'> {
  readonly currentStage: Stage;
  /** Alias names pointing at this version (a list, unlike RegisteredModel.aliases). */
  readonly aliases: readonly string[];
  readonly deploymentJobState: null;
  /** The SQL store never fills these (§8). */
  readonly metrics: null;
  readonly params: null;
  readonly statusMessage: null;
}

export interface RegisteredModelView {
  readonly name: string;
  readonly creationTimestamp: number;
  readonly lastUpdatedTimestamp: number;
  readonly description: string | null;
  readonly tags: Readonly<Record<string, string>>;
  /** alias -> version number (an int with a sqlite store, §2.2). */
  readonly aliases: Readonly<Record<string, number>>;
  /** Same list as `get_latest_versions(name)`: one per stage, all four stages (§2.4). */
  readonly latestVersions: readonly ModelVersionView[];
  readonly deploymentJobId: null;
  /** 3.x RegisteredModel also shows `deployment_job_state=None` in its repr (§8). */
  readonly deploymentJobState: null;
}

/**
 * A model's aliases in the order the SQL store returns them: its relationship reads
 * registered_model_aliases through the primary key (name, alias), so by alias name, not by when
 * each was set (recorded from MLflow 3.6 on sqlite: zeta, alpha, mid set in that order come back
 * as alpha, mid, zeta).
 */
export function sortedAliases(aliases: Readonly<Record<string, number>>): Record<string, number> {
  const names = Object.keys(aliases).sort();
  return Object.fromEntries(names.map((a) => [a, aliases[a] as number]));
}

/** alias names per version number, built once when many views of one model are made. */
export function aliasIndex(model: RegisteredModel): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const [alias, n] of Object.entries(sortedAliases(model.aliases))) {
    const list = index.get(n);
    if (list) list.push(alias);
    else index.set(n, [alias]);
  }
  return index;
}

export function versionView(
  model: RegisteredModel,
  mv: ModelVersion,
  aliases?: ReadonlyMap<number, readonly string[]>,
): ModelVersionView {
  return {
    name: mv.name,
    version: mv.version,
    creationTimestamp: mv.creationTimestamp,
    lastUpdatedTimestamp: mv.lastUpdatedTimestamp,
    currentStage: mv.currentStage as Stage,
    description: mv.description,
    source: mv.source,
    runId: mv.runId,
    runLink: mv.runLink,
    status: mv.status,
    tags: mv.tags,
    userId: mv.userId,
    modelId: mv.modelId,
    aliases: aliases ? [...(aliases.get(mv.version) ?? [])] : aliasesOf(model, mv.version),
    deploymentJobState: null,
    metrics: null,
    params: null,
    statusMessage: null,
  };
}

const STAGE_INDEX: Readonly<Record<string, number>> = { None: 0, Staging: 1, Production: 2, Archived: 3 };
const STAGE_BY_INDEX: readonly Stage[] = ['None', 'Staging', 'Production', 'Archived'];

/**
 * Latest live version per stage, ordered by the lowest live version number in each stage, which is
 * what SQLite's row order gives (§2.4). Hot path on big models (see test/bench/registry.bench.ts):
 * a forward scan finds each stage's first row and stops once every wanted stage is seen; a
 * backward scan finds each stage's last (highest) row and stops once all are found.
 */
export function latestPerStage(model: RegisteredModel, stages: ReadonlySet<Stage> | null): ModelVersion[] {
  const vs = model.versions;
  const wanted = STAGE_BY_INDEX.map((s) => stages === null || stages.has(s));
  const wantedCount = wanted.filter(Boolean).length;
  const first = [-1, -1, -1, -1];
  let seen = 0;
  for (let i = 0; i < vs.length && seen < wantedCount; i++) {
    const k = STAGE_INDEX[(vs[i] as ModelVersion).currentStage];
    if (k === undefined || !wanted[k] || (first[k] as number) >= 0) continue;
    first[k] = i;
    seen++;
  }
  const last = [-1, -1, -1, -1];
  let missing = seen;
  for (let i = vs.length - 1; i >= 0 && missing > 0; i--) {
    const k = STAGE_INDEX[(vs[i] as ModelVersion).currentStage];
    if (k === undefined || (first[k] as number) < 0 || (last[k] as number) >= 0) continue;
    last[k] = i;
    missing--;
  }
  return [0, 1, 2, 3]
    .filter((k) => (first[k] as number) >= 0)
    .sort((a, b) => (first[a] as number) - (first[b] as number))
    .map((k) => vs[last[k] as number] as ModelVersion);
}

export function modelView(model: RegisteredModel): RegisteredModelView {
  return {
    name: model.name,
    creationTimestamp: model.creationTimestamp,
    lastUpdatedTimestamp: model.lastUpdatedTimestamp,
    description: model.description,
    tags: model.tags,
    aliases: sortedAliases(model.aliases),
    latestVersions: latestPerStage(model, null).map((mv) => versionView(model, mv)),
    deploymentJobId: null,
    deploymentJobState: null,
  };
}
