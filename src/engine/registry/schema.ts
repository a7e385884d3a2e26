// The registry's one zod schema (zod/mini: the same checks in a fraction of the bytes, as the
// page validates stored boards with it before the engine loads). Two shapes share the entity
// schemas: RegistryState as the engine holds it (records keyed by name, for the page's stored
// board) and the versioned file form (arrays, for persistence and `mlflow-sim` files).
// Records keyed by the learner's text are validated in place, never rebuilt by zod (which drops a
// key named `__proto__`): JSON.parse already made every key an own property.
import { z } from 'zod/mini';
import type { RegistryState } from './types.ts';

export const REGISTRY_FORMAT = 'mlflow-sim/registry';
export const REGISTRY_FORMAT_VERSION = 1;

const isRecordOf =
  <T>(value: z.ZodMiniType<T>) =>
  (v: unknown): boolean =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v as Record<string, unknown>).every((x) => value.safeParse(x).success);

/** An object of `value`s under any text keys, `__proto__` included. */
function textRecord<T>(value: z.ZodMiniType<T>, what: string): z.ZodMiniType<Record<string, T>> {
  return z.custom<Record<string, T>>(isRecordOf(value), { error: `expected an object of ${what}` });
}

const stringRecord = textRecord(z.string(), 'strings');
const stage = z.enum(['None', 'Staging', 'Production', 'Archived', 'Deleted_Internal']);
const nonEmpty = z.string().check(z.minLength(1));

export const modelVersionSchema = z.object({
  name: z.string(),
  version: z.number().check(z.int(), z.positive()),
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  currentStage: stage,
  description: z.nullable(z.string()),
  source: z.string(),
  runId: z.nullable(z.string()),
  runLink: z.nullable(z.string()),
  status: z.literal('READY'),
  tags: stringRecord,
  userId: z.nullable(z.string()),
  modelId: z.nullable(z.string()),
});

export const registeredModelSchema = z.object({
  name: nonEmpty,
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  description: z.nullable(z.string()),
  tags: stringRecord,
  aliases: textRecord(z.number().check(z.int(), z.positive()), 'version numbers'),
  versions: z.array(modelVersionSchema),
});

export const runSchema = z.object({
  runId: nonEmpty,
  experimentId: z.string(),
  runName: z.string(),
  startTime: z.number(),
  endTime: z.nullable(z.number()),
  status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
  params: stringRecord,
  metrics: textRecord(z.number(), 'numbers'),
  tags: stringRecord,
  loggedModels: stringRecord,
});

const numberRecord = textRecord(z.number(), 'numbers');

/** A fitted simulated-sklearn model (src/engine/estimators.ts). */
const estimatorSchema = z.union([
  z.object({ kind: z.literal('LinearRegression'), coef: z.array(z.number()), intercept: z.number() }),
  z.object({
    kind: z.literal('LogisticRegression'),
    coef: z.array(z.array(z.number())),
    intercept: z.array(z.number()),
    classes: z.array(z.union([z.number(), z.string()])),
    integerLabels: z.boolean(),
  }),
]);

export const loggedModelSchema = z.object({
  modelId: nonEmpty,
  name: z.string(),
  runId: z.nullable(z.string()),
  flavor: z.string(),
  creationTimestamp: z.number(),
  // The fitted model and the LoggedModel's params/tags/metrics: optional, so files written
  // before they existed still load.
  estimator: z.optional(estimatorSchema),
  params: z.optional(stringRecord),
  tags: z.optional(stringRecord),
  metrics: z.optional(numberRecord),
});

/** RegistryState as the engine holds it (the page's stored board). */
export const registryStateSchema: z.ZodMiniType<RegistryState> = z.object({
  models: textRecord(registeredModelSchema, 'registered models'),
  runs: textRecord(runSchema, 'runs'),
  loggedModels: textRecord(loggedModelSchema, 'logged models'),
}) as unknown as z.ZodMiniType<RegistryState>;

/** The file form: arrays, so that every name round-trips through any JSON tool. */
export const registryFileSchema = z.object({
  format: z.literal(REGISTRY_FORMAT),
  version: z.literal(REGISTRY_FORMAT_VERSION),
  models: z.array(registeredModelSchema),
  runs: z.array(runSchema),
  loggedModels: z.array(loggedModelSchema),
});

/** One issue in words (zod/mini carries no message texts of its own). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'custom':
      return issue.message;
    default:
      return issue.message || 'invalid';
  }
}
