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

export function versionView(model: RegisteredModel, mv: ModelVersion): ModelVersionView {
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
    aliases: aliasesOf(model, mv.version),
    deploymentJobState: null,
    metrics: null,
    params: null,
    statusMessage: null,
  };
}

/**
 * Latest live version per stage, ordered by the lowest live version number in each stage, which is
 * what SQLite's row order gives (§2.4). One pass over the versions: O(n), no sorting.
 */
export function latestPerStage(model: RegisteredModel, stages: ReadonlySet<Stage> | null): ModelVersion[] {
  const order: Stage[] = [];
  const latest = new Map<Stage, ModelVersion>();
  for (const mv of model.versions) {
    const st = mv.currentStage;
    if (st === 'Deleted_Internal' || (stages !== null && !stages.has(st))) continue;
    if (!latest.has(st)) order.push(st);
    latest.set(st, mv);
  }
  return order.map((s) => latest.get(s) as ModelVersion);
}

export function modelView(model: RegisteredModel): RegisteredModelView {
  return {
    name: model.name,
    creationTimestamp: model.creationTimestamp,
    lastUpdatedTimestamp: model.lastUpdatedTimestamp,
    description: model.description,
    tags: model.tags,
    aliases: model.aliases,
    latestVersions: latestPerStage(model, null).map((mv) => versionView(model, mv)),
    deploymentJobId: null,
    deploymentJobState: null,
  };
}
