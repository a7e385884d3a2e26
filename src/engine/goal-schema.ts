// The declarative goal checks labs (and verified questions) are written in. Kept apart from the
// evaluation (./goals.ts) so the browser can evaluate already-parsed checks without loading zod.
import { z } from 'zod';
import { canonicalStage } from './registry/stages.ts';
import type { Stage } from './registry/types.ts';

/** A stage in any letter case, stored canonically like MLflow does (facts §1). */
export const stageSchema = z.string().transform((raw, ctx): Stage => {
  const r = canonicalStage(raw);
  if (r.ok) return r.stage;
  ctx.addIssue({ code: 'custom', message: 'one of None, Staging, Production, Archived (any letter case)' });
  return z.NEVER;
});

const versionNumber = z.number().int().positive();

/** Fields every check may carry. Without them the id and label are made from the check itself. */
const common = {
  /** Short id, unique within the goal (lowercase words and dashes); derived when absent. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase id like "v2-production"')
    .optional(),
  /** What the learner reads in the Goal panel, e.g. "version 2 is in Production"; derived when absent. */
  label: z.string().min(1).optional(),
  /** The registered model; defaults to the goal's `model`. */
  model: z.string().min(1).optional(),
};

export const goalCheckSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** A version is in a stage: `{kind: versionStage, version: 2, stage: Production}`. */
      kind: z.literal('versionStage'),
      version: versionNumber,
      stage: stageSchema,
      ...common,
    })
    .strict(),
  z
    .object({
      /** An alias points to a version, or (`version: null`) is not set at all. */
      kind: z.literal('alias'),
      alias: z.string().min(1),
      version: versionNumber.nullable(),
      ...common,
    })
    .strict(),
  z
    .object({
      /** Exactly `count` live versions are in `stage` (e.g. one version in Production). */
      kind: z.literal('stageCount'),
      stage: stageSchema,
      count: z.number().int().nonnegative(),
      ...common,
    })
    .strict(),
  z
    .object({
      /** No live version is left in `stage` (stageCount with count 0, worded for learners). */
      kind: z.literal('noVersionIn'),
      stage: stageSchema,
      ...common,
    })
    .strict(),
  z
    .object({
      /** The model has exactly `count` versions, deleted ones not counted. */
      kind: z.literal('versionCount'),
      count: z.number().int().nonnegative(),
      ...common,
    })
    .strict(),
  z
    .object({
      /** The registered model exists (or, with `exists: false`, does not). */
      kind: z.literal('modelExists'),
      exists: z.boolean().default(true),
      ...common,
    })
    .strict(),
  z
    .object({
      /** A tag on the model (no `version`) or on a version has a value, or (`value: null`) is absent. */
      kind: z.literal('tag'),
      version: versionNumber.optional(),
      key: z.string().min(1),
      value: z.string().nullable(),
      ...common,
    })
    .strict(),
  z
    .object({
      /**
       * The model (no `version`) or a version has a description containing `contains`, in any letter
       * case; `contains: ""` asks only for a description that is not empty.
       */
      kind: z.literal('description'),
      version: versionNumber.optional(),
      contains: z.string(),
      ...common,
    })
    .strict(),
]);

export const goalSchema = z
  .object({
    /** The registered model the checks are about unless a check names another. */
    model: z.string().min(1),
    /** Every check must pass for the goal to be reached; they are shown in this order. */
    checks: z.array(goalCheckSchema).min(1),
  })
  .strict();

export type GoalCheck = z.output<typeof goalCheckSchema>;
export type GoalCheckInput = z.input<typeof goalCheckSchema>;
export type Goal = z.output<typeof goalSchema>;
export type GoalInput = z.input<typeof goalSchema>;
