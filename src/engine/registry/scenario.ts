// Instructor-friendly scenarios: a small declarative description of a registry, replayed through
// the real operations (create run, log model, register version, transition, set alias), so every
// scenario is a state the engine itself could reach.
import { z } from 'zod';
import type { Sources } from '../sources.ts';
import type { Result } from './result.ts';
import { createRegisteredModel } from './models.ts';
import { createModelVersion, deleteModelVersion } from './versions.ts';
import { transitionStage } from './stage-transition.ts';
import { setAlias } from './aliases.ts';
import { createRun, endRun, logMetric, logModel, logParam } from './runs.ts';
import { canonicalStage } from './stages.ts';
import { EMPTY_REGISTRY } from './types.ts';
import type { RegistryState } from './types.ts';
import type { ModelVersionView } from './views.ts';
import { fitLogistic, type FittedEstimator } from '../estimators.ts';

function scenarioEstimator(spec: z.output<typeof ScenarioEstimatorSpec>): FittedEstimator {
  if (spec.kind === 'LinearRegression') return spec;
  const classes = [...new Set(spec.y)].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
  const ints = spec.y.every((l) => typeof l === 'number');
  return fitLogistic(spec.X, spec.y, classes, spec.C ?? 1, true, ints);
}

const stageName = z.string().refine((s) => canonicalStage(s).ok, {
  message: 'stage must be one of None, Staging, Production, Archived (any case)',
});

export const ScenarioRunSpec = z.object({
  /** Parameters logged to the run that produced this version (values are shown as strings). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** Metrics logged to the run, e.g. `{ accuracy: 0.91 }`. */
  metrics: z.record(z.string(), z.number()).optional(),
  /** The run's name; a friendly "adjective-animal-123" name is generated when absent. */
  runName: z.string().optional(),
});

/**
 * The fitted scikit-learn model a version's artifact holds, so the version really predicts
 * (`mlflow.pyfunc.load_model(...).predict` and `/invocations`). Give `fit` (training data, fitted
 * like the simulated sklearn does) or the fitted numbers themselves.
 */
export const ScenarioEstimatorSpec = z.union([
  z.object({
    kind: z.literal('LinearRegression'),
    coef: z.array(z.number()).min(1),
    intercept: z.number(),
  }),
  z.object({
    kind: z.literal('LogisticRegression'),
    /** Training rows and labels; fitted with C (default 1.0) as `LogisticRegression(C=C).fit(X, y)`. */
    X: z.array(z.array(z.number()).min(1)).min(2),
    y: z.array(z.union([z.number().int(), z.string()])).min(2),
    C: z.number().positive().optional(),
  }),
]);

export const ScenarioVersionSpec = z.object({
  /** Stage the version ends in; default "None". Transitions happen after all versions exist. */
  stage: stageName.optional(),
  /** Aliases pointing at this version, e.g. `["champion"]`. */
  aliases: z.array(z.string()).optional(),
  description: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  /** The training run this version was registered from; one run per version. */
  run: ScenarioRunSpec.optional(),
  /** The flavor passed to `mlflow.<flavor>.log_model`; default "sklearn". */
  flavor: z.string().optional(),
  /** The fitted model in the version's artifact (an sklearn flavor model that predicts). */
  model: ScenarioEstimatorSpec.optional(),
  /** Soft-deleted after creation: keeps its number, so later versions are numbered as in MLflow. */
  deleted: z.boolean().optional(),
});

export const ScenarioModelSpec = z.object({
  /** Registered model name, e.g. "my-model". */
  name: z.string().min(1),
  description: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  /** Versions in order: the first is version 1. */
  versions: z.array(ScenarioVersionSpec).default([]),
});

export const ScenarioSpec = z.object({
  /** Identifier used by lessons and labs, e.g. "stages-basics". */
  name: z.string().min(1),
  /** Heading shown to learners. */
  title: z.string().min(1),
  description: z.string().optional(),
  models: z.array(ScenarioModelSpec).default([]),
});

export type ScenarioSpec = z.input<typeof ScenarioSpec>;
export type ParsedScenarioSpec = z.output<typeof ScenarioSpec>;

/** The stages lesson's starting point: `my-model` v1..v3 from three runs, all in stage None. */
export const STAGES_LESSON_SCENARIO: ScenarioSpec = {
  name: 'stages-basics',
  title: 'Three versions of my-model, none promoted yet',
  description: 'my-model has versions 1, 2 and 3, each registered from its own training run; all are in stage None.',
  models: [
    {
      name: 'my-model',
      versions: [
        { run: { params: { max_depth: 3 }, metrics: { accuracy: 0.86 } } },
        { run: { params: { max_depth: 5 }, metrics: { accuracy: 0.89 } } },
        { run: { params: { max_depth: 8 }, metrics: { accuracy: 0.91 } } },
      ],
    },
  ],
};

export type BuildScenarioResult =
  | { readonly ok: true; readonly state: RegistryState }
  | { readonly ok: false; readonly message: string };

type VersionSpec = ParsedScenarioSpec['models'][number]['versions'][number];

/**
 * What a training script does for one version: start a run, log params and metrics, log the
 * model (a 3.x LoggedModel), end the run, then register `models:/m-<id>` with the run id.
 */
function registerFromRun(state: RegistryState, src: Sources, name: string, v: VersionSpec): Result<ModelVersionView> {
  const run = createRun(state, src, { runName: v.run?.runName ?? null });
  if (!run.ok) return run;
  let s = run.state;
  const runId = run.value.runId;
  for (const [key, value] of Object.entries(v.run?.params ?? {})) {
    const r = logParam(s, src, { runId, key, value });
    if (!r.ok) return r;
    s = r.state;
  }
  for (const [key, value] of Object.entries(v.run?.metrics ?? {})) {
    const r = logMetric(s, src, { runId, key, value });
    if (!r.ok) return r;
    s = r.state;
  }
  const estimator = v.model ? scenarioEstimator(v.model) : undefined;
  const logged = logModel(s, src, { runId, name: 'model', flavor: v.flavor ?? 'sklearn', estimator });
  if (!logged.ok) return logged;
  const ended = endRun(logged.state, src, { runId });
  if (!ended.ok) return ended;
  const { modelId } = logged.value;
  return createModelVersion(ended.state, src, {
    name,
    source: `models:/${modelId}`,
    runId,
    tags: v.tags ?? null,
    description: v.description ?? null,
    modelId,
  });
}

/**
 * Replay a scenario through the engine. All versions of a model are registered first, then
 * stages, aliases and deletions are applied in version order (no archiving), so every stage in
 * the spec is kept. The first failing step is reported with its place.
 */
export function buildScenarioResult(
  spec: unknown,
  src: Sources,
  start: RegistryState = EMPTY_REGISTRY,
): BuildScenarioResult {
  const parsed = ScenarioSpec.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Invalid scenario at ${issue?.path.map(String).join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const sc = parsed.data;
  const failed = (where: string, r: { readonly error: { readonly message: string } }): BuildScenarioResult => ({
    ok: false,
    message: `Scenario '${sc.name}', ${where}: ${r.error.message}`,
  });
  let state = start;
  for (const m of sc.models) {
    const created = createRegisteredModel(state, src, {
      name: m.name,
      tags: m.tags ?? null,
      description: m.description ?? null,
    });
    if (!created.ok) return failed(`model '${m.name}'`, created);
    state = created.state;
    const numbers: number[] = [];
    for (const [i, v] of m.versions.entries()) {
      const made = registerFromRun(state, src, m.name, v);
      if (!made.ok) return failed(`model '${m.name}' version ${i + 1}`, made);
      state = made.state;
      numbers.push(made.value.version);
    }
    for (const [i, v] of m.versions.entries()) {
      const version = numbers[i] as number;
      const where = `model '${m.name}' version ${version}`;
      if (v.stage !== undefined && v.stage.toLowerCase() !== 'none') {
        const moved = transitionStage(state, src, {
          name: m.name,
          version,
          stage: v.stage,
          archiveExistingVersions: false,
        });
        if (!moved.ok) return failed(where, moved);
        state = moved.state;
      }
      for (const alias of v.aliases ?? []) {
        const set = setAlias(state, src, { name: m.name, alias, version });
        if (!set.ok) return failed(`${where} alias '${alias}'`, set);
        state = set.state;
      }
      if (v.deleted) {
        const gone = deleteModelVersion(state, src, { name: m.name, version });
        if (!gone.ok) return failed(where, gone);
        state = gone.state;
      }
    }
  }
  return { ok: true, state };
}

/** Like buildScenarioResult, for trusted content: a broken scenario is an authoring bug and throws. */
export function buildScenario(spec: ScenarioSpec, src: Sources): RegistryState {
  const r = buildScenarioResult(spec, src);
  if (!r.ok) throw new Error(r.message);
  return r.state;
}

/**
 * The current registry as a scenario file (for `mlflow-sim` export). Runs and flavors are taken
 * from the versions' runs and logged models where they still exist. Replaying it gives the same
 * stages, aliases, tags and numbering (ids and timestamps come from the new sources).
 */
export function exportScenario(
  state: RegistryState,
  meta: { name?: string; title?: string; description?: string } = {},
): ParsedScenarioSpec {
  return {
    name: meta.name ?? 'exported-registry',
    title: meta.title ?? 'Exported registry',
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    models: Object.values(state.models).map((m) => ({
      name: m.name,
      ...(m.description !== null ? { description: m.description } : {}),
      ...(Object.keys(m.tags).length ? { tags: { ...m.tags } } : {}),
      versions: m.versions.map((v) => {
        const deleted = v.currentStage === 'Deleted_Internal';
        const run =
          !deleted && v.runId !== null && Object.hasOwn(state.runs, v.runId) ? state.runs[v.runId] : undefined;
        const lm =
          v.modelId !== null && Object.hasOwn(state.loggedModels, v.modelId)
            ? state.loggedModels[v.modelId]
            : undefined;
        const aliases = Object.entries(m.aliases)
          .filter(([, n]) => n === v.version)
          .map(([a]) => a);
        return {
          ...(!deleted && v.currentStage !== 'None' ? { stage: v.currentStage } : {}),
          ...(aliases.length ? { aliases } : {}),
          ...(v.description !== null ? { description: v.description } : {}),
          ...(Object.keys(v.tags).length ? { tags: { ...v.tags } } : {}),
          ...(run
            ? {
                run: {
                  runName: run.runName,
                  ...(Object.keys(run.params).length ? { params: { ...run.params } } : {}),
                  ...(Object.keys(run.metrics).length ? { metrics: { ...run.metrics } } : {}),
                },
              }
            : {}),
          ...(lm ? { flavor: lm.flavor } : {}),
          ...(deleted ? { deleted: true } : {}),
        };
      }),
    })),
  };
}
