// Saving and loading a registry as versioned JSON (for persistence and `mlflow-sim` files).
// Loading validates with zod, so corrupt or foreign data gives a clear message instead of a throw.
import { REGISTRY_FORMAT, REGISTRY_FORMAT_VERSION, describeIssue, registryFileSchema } from './schema.ts';
import type { RegistryState } from './types.ts';

export { REGISTRY_FORMAT, REGISTRY_FORMAT_VERSION } from './schema.ts';

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
  const parsed = registryFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Corrupt registry file at ${issue ? where(issue.path) : '?'}: ${issue ? describeIssue(issue) : 'invalid'}`,
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
  const state = { models, runs, loggedModels } as RegistryState;
  const broken = checkInvariants(state);
  return broken ? { ok: false, message: `Corrupt registry file: ${broken}` } : { ok: true, state };
}
