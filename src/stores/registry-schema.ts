// A zod schema for the registry state we persist (src/engine/registry/types.ts), so a stored
// board that some other version of the site wrote can't crash the page: it fails validation
// and the learner gets a fresh start with a notice instead.
import { z } from 'zod';
import type { RegistryState } from '../engine/registry/types.ts';

const stage = z.enum(['None', 'Staging', 'Production', 'Archived', 'Deleted_Internal']);
const strings = z.record(z.string(), z.string());

const modelVersion = z.object({
  name: z.string(),
  version: z.number().int().positive(),
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  currentStage: stage,
  description: z.string().nullable(),
  source: z.string(),
  runId: z.string().nullable(),
  runLink: z.string().nullable(),
  status: z.literal('READY'),
  tags: strings,
  userId: z.string().nullable(),
  modelId: z.string().nullable(),
});

const registeredModel = z.object({
  name: z.string(),
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  description: z.string().nullable(),
  tags: strings,
  aliases: z.record(z.string(), z.number().int()),
  versions: z.array(modelVersion),
});

const run = z.object({
  runId: z.string(),
  experimentId: z.string(),
  runName: z.string(),
  startTime: z.number(),
  endTime: z.number().nullable(),
  status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
  params: strings,
  metrics: z.record(z.string(), z.number()),
  tags: strings,
  loggedModels: strings,
});

const loggedModel = z.object({
  modelId: z.string(),
  name: z.string(),
  runId: z.string().nullable(),
  flavor: z.string(),
  creationTimestamp: z.number(),
});

export const registryStateSchema: z.ZodType<RegistryState> = z.object({
  models: z.record(z.string(), registeredModel),
  runs: z.record(z.string(), run),
  loggedModels: z.record(z.string(), loggedModel),
});
