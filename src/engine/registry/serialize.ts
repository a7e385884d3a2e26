// Saving and loading a registry as versioned JSON (for persistence and `mlflow-sim` files).
// Loading validates with zod, so corrupt or foreign data gives a clear message instead of a throw.
import { z } from 'zod';
import type { RegistryState } from './types.ts';

export const REGISTRY_FORMAT = 'mlflow-sim/registry';
export const REGISTRY_FORMAT_VERSION = 1;

const stringRecord = z.record(z.string(), z.string());
const stage = z.enum(['None', 'Staging', 'Production', 'Archived', 'Deleted_Internal']);

const ModelVersionSchema = z.object({
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
  tags: stringRecord,
  userId: z.string().nullable(),
  modelId: z.string().nullable(),
});

const RegisteredModelSchema = z.object({
  name: z.string().min(1),
  creationTimestamp: z.number(),
  lastUpdatedTimestamp: z.number(),
  description: z.string().nullable(),
  tags: stringRecord,
  aliases: z.record(z.string(), z.number().int().positive()),
  versions: z.array(ModelVersionSchema),
});

const RunSchema = z.object({
  runId: z.string().min(1),
  experimentId: z.string(),
  runName: z.string(),
  startTime: z.number(),
  endTime: z.number().nullable(),
  status: z.enum(['RUNNING', 'FINISHED', 'FAILED', 'KILLED']),
  params: stringRecord,
  metrics: z.record(z.string(), z.number()),
  tags: stringRecord,
  loggedModels: stringRecord,
});

const LoggedModelSchema = z.object({
  modelId: z.string().min(1),
  name: z.string(),
  runId: z.string().nullable(),
  flavor: z.string(),
  creationTimestamp: z.number(),
  // A fitted simulated-sklearn model and the LoggedModel's params/tags/metrics (all optional,
  // so files written before they existed still load).
  estimator: z
    .union([
      z.object({ kind: z.literal('LinearRegression'), coef: z.array(z.number()), intercept: z.number() }),
      z.object({
        kind: z.literal('LogisticRegression'),
        coef: z.array(z.array(z.number())),
        intercept: z.array(z.number()),
        classes: z.array(z.union([z.number(), z.string()])),
        integerLabels: z.boolean(),
      }),
    ])
    .optional(),
  params: stringRecord.optional(),
  tags: stringRecord.optional(),
  metrics: z.record(z.string(), z.number()).optional(),
});

export const RegistryFileSchema = z.object({
  format: z.literal(REGISTRY_FORMAT),
  version: z.literal(REGISTRY_FORMAT_VERSION),
  models: z.array(RegisteredModelSchema),
  runs: z.array(RunSchema),
  loggedModels: z.array(LoggedModelSchema),
});

/** One JSON document; arrays rather than keyed objects so names like `__proto__` round-trip. */
export function serializeRegistry(state: RegistryState): string {
  return JSON.stringify(
    {
      format: REGISTRY_FORMAT,
      version: REGISTRY_FORMAT_VERSION,
      models: Object.values(state.models),
      runs: Object.values(state.runs),
      loggedModels: Object.values(state.loggedModels),
    },
    null,
    2,
  );
}

export type ParseRegistryResult =
  | { readonly ok: true; readonly state: RegistryState }
  | { readonly ok: false; readonly message: string };

const where = (path: readonly PropertyKey[]): string => (path.length ? path.map(String).join('.') : '(top level)');

/** The invariants the engine relies on, beyond field types. */
function checkInvariants(state: RegistryState): string | null {
  for (const m of Object.values(state.models)) {
    for (let i = 0; i < m.versions.length; i++) {
      const v = m.versions[i];
      if (!v || v.version !== i + 1)
        return `model '${m.name}': versions must be numbered 1, 2, 3... in order (found ${v?.version} at position ${i + 1})`;
      if (v.name !== m.name) return `model '${m.name}' v${v.version}: version belongs to '${v.name}'`;
    }
    for (const [alias, n] of Object.entries(m.aliases)) {
      const v = m.versions[n - 1];
      if (!v || v.currentStage === 'Deleted_Internal')
        return `model '${m.name}': alias '${alias}' points to missing version ${n}`;
    }
  }
  return null;
}

export function parseRegistry(json: string): ParseRegistryResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `Not a registry file: invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REGISTRY_FORMAT) {
    return { ok: false, message: `Not a registry file: expected "format": "${REGISTRY_FORMAT}"` };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== REGISTRY_FORMAT_VERSION) {
    return {
      ok: false,
      message: `Unsupported registry file version ${JSON.stringify(version)}; this simulator reads version ${REGISTRY_FORMAT_VERSION}`,
    };
  }
  const parsed = RegistryFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Corrupt registry file at ${issue ? where(issue.path) : '?'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  // Object.fromEntries defines own properties, so a model named `__proto__` stays a model.
  const names = new Set<string>();
  for (const m of parsed.data.models) {
    if (names.has(m.name)) return { ok: false, message: `Corrupt registry file: model '${m.name}' appears twice` };
    names.add(m.name);
  }
  const models = Object.fromEntries(parsed.data.models.map((m) => [m.name, m]));
  const runs = Object.fromEntries(parsed.data.runs.map((r) => [r.runId, r]));
  const loggedModels = Object.fromEntries(parsed.data.loggedModels.map((lm) => [lm.modelId, lm]));
  const state: RegistryState = { models, runs, loggedModels };
  const broken = checkInvariants(state);
  return broken ? { ok: false, message: `Corrupt registry file: ${broken}` } : { ok: true, state };
}
