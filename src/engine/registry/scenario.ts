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

const stageName = z
  .string()
  .refine((s) => canonicalStage(s).ok, { message: 'stage must be one of None, Staging, Production, Archived (any case)' });

export const ScenarioRunSpec = z.object({
  /** Parameters logged to the run that produced this version (values are shown as strings). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** Metrics logged to the run, e.g. `{ accuracy: 0.91 }`. */
  metrics: z.record(z.string(), z.number()).optional(),
  /** The run's name; a friendly "adjective-animal-123" name is generated when absent. */
  runName: z.string().optional(),
});

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

export type BuildScenarioResult = { readonly ok: true; readonly state: RegistryState } | { readonly ok: false; readonly message: string };

/** Replay a scenario through the engine; the first failing step is reported with its place. */
export function buildScenarioResult(spec: unknown, src: Sources, start: RegistryState = EMPTY_REGISTRY): BuildScenarioResult {
  const parsed = ScenarioSpec.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Invalid scenario at ${issue?.path.map(String).join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}` };
  }
  const sc = parsed.data;
  let state = start;
  const step = <T>(where: string, r: Result<T>): T | undefined => {
    if (!r.ok) {
      failure = `Scenario '${sc.name}', ${where}: ${r.error.message}`;
      return undefined;
    }
    state = r.state;
    return r.value;
  };
  let failure: string | null = null;
  for (const m of sc.models) {
    if (step(`model '${m.name}'`, createRegisteredModel(state, src, { name: m.name, tags: m.tags ?? null, description: m.description ?? null })) === undefined) break;
    const numbers: number[] = [];
    for (const [i, v] of m.versions.entries()) {
      const where = `model '${m.name}' version ${i + 1}`;
      const run = step(where, createRun(state, src, { runName: v.run?.runName ?? null }));
      if (!run) break;
      for (const [k, val] of Object.entries(v.run?.params ?? {})) if (step(where, logParam(state, src, { runId: run.runId, key: k, value: val })) === undefined) break;
      for (const [k, val] of Object.entries(v.run?.metrics ?? {})) if (step(where, logMetric(state, src, { runId: run.runId, key: k, value: val })) === undefined) break;
      const logged = failure ? undefined : step(where, logModel(state, src, { runId: run.runId, name: 'model', flavor: v.flavor ?? 'sklearn' }));
      if (!logged || step(where, endRun(state, src, { runId: run.runId })) === undefined) break;
      const mv = step(
        where,
        createModelVersion(state, src, {
          name: m.name,
          source: `models:/${logged.modelId}`,
          runId: run.runId,
          tags: v.tags ?? null,
          description: v.description ?? null,
          modelId: logged.modelId,
        }),
      );
      if (!mv) break;
      numbers.push(mv.version);
    }
    if (failure) break;
    for (const [i, v] of m.versions.entries()) {
      const n = numbers[i] as number;
      const where = `model '${m.name}' version ${n}`;
      if (v.stage && canonicalStage(v.stage).ok && v.stage.toLowerCase() !== 'none') {
        if (step(where, transitionStage(state, src, { name: m.name, version: n, stage: v.stage, archiveExistingVersions: false })) === undefined) break;
      }
      for (const alias of v.aliases ?? []) {
        if (step(`${where} alias '${alias}'`, setAlias(state, src, { name: m.name, alias, version: n })) === undefined) break;
      }
      if (failure) break;
      if (v.deleted && step(where, deleteModelVersion(state, src, { name: m.name, version: n })) === undefined) break;
    }
    if (failure) break;
  }
  return failure ? { ok: false, message: failure } : { ok: true, state };
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
export function exportScenario(state: RegistryState, meta: { name?: string; title?: string; description?: string } = {}): ParsedScenarioSpec {
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
        const run = !deleted && v.runId !== null && Object.hasOwn(state.runs, v.runId) ? state.runs[v.runId] : undefined;
        const lm = v.modelId !== null && Object.hasOwn(state.loggedModels, v.modelId) ? state.loggedModels[v.modelId] : undefined;
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
