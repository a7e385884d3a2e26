// A zod schema for the registry state we persist (src/engine/registry/types.ts), so a stored
// board that some other version of the site wrote can't crash the page: it fails validation
// and the learner gets a fresh start with a notice instead.
// zod/mini: the same validation as zod, a fraction of the bytes in the page's first load.
import { z } from 'zod/mini';
import type { RegistryState } from '../engine/registry/types.ts';

const stage = z.enum(['None', 'Staging', 'Production', 'Archived', 'Deleted_Internal']);
const strings = z.record(z.string(), z.string());

const modelVersion = z.object({
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
  tags: strings,
  userId: z.nullable(z.string()),
  modelId: z.nullable(z.string()),
});

const registeredModel = z.object({
  name: z.string(),
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  description: z.nullable(z.string()),
  tags: strings,
  aliases: z.record(z.string(), z.number().check(z.int())),
  versions: z.array(modelVersion),
});

const run = z.object({
  runId: z.string(),
  experimentId: z.string(),
  runName: z.string(),
  startTime: z.number(),
  endTime: z.nullable(z.number()),
  status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
  params: strings,
  metrics: z.record(z.string(), z.number()),
  tags: strings,
  loggedModels: strings,
});

const loggedModel = z.object({
  modelId: z.string(),
  name: z.string(),
  runId: z.nullable(z.string()),
  flavor: z.string(),
  creationTimestamp: z.number(),
});

export const registryStateSchema: z.ZodMiniType<RegistryState> = z.object({
  models: z.record(z.string(), registeredModel),
  runs: z.record(z.string(), run),
  loggedModels: z.record(z.string(), loggedModel),
});
