// The persisted shape of a Session (Session.snapshot / Session.restore), checked part by part on
// the way back in: a part that fails its schema (a server list written by an older site, an
// exported variable that is not text) starts clean with a problem named, and the other parts
// are kept. Maps keyed by learner text come back as null-prototype objects, so a variable named
// `__proto__` is a variable like any other.
import { z } from 'zod';
import type { ServerJob, ShellState } from './shell/program.ts';

export const SNAPSHOT_FORMAT = 'mlflow-sim/session';

/** The most lines a snapshot keeps, and the longest (a 3 MB paste is not kept five times over). */
export const SNAPSHOT_HISTORY = 500;
export const SNAPSHOT_LINE_CHARS = 10_000;

const servedSchema = z.union([
  z.object({
    kind: z.literal('version'),
    name: z.string(),
    version: z.number().int().positive(),
    runId: z.string().nullable(),
    stage: z.string(),
    artifact: z.string().optional(),
  }),
  z.object({
    kind: z.literal('logged-model'),
    modelId: z.string(),
    runId: z.string().nullable(),
    artifact: z.string().optional(),
  }),
]);

const serverSchema = z.object({
  job: z.number().int().positive(),
  pid: z.number().int().positive(),
  host: z.string(),
  port: z.number().int().min(0).max(65535),
  modelUri: z.string(),
  served: servedSchema,
  command: z.string(),
  foreground: z.boolean(),
});

const lines = z.array(z.string());

/** Text values under arbitrary text keys, as an own-keys-only null-prototype object. */
function textMap(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') return null;
    out[k] = v;
  }
  return out;
}

/** Only what a snapshot keeps of a history: the most recent lines, none of absurd length. */
export function boundedHistory(history: readonly string[]): string[] {
  return history.filter((line) => line.length <= SNAPSHOT_LINE_CHARS).slice(-SNAPSHOT_HISTORY);
}

export interface RestoredShell {
  readonly shell: ShellState;
  readonly problems: string[];
}

/** The shell part of a snapshot, each field on its own. */
export function restoreShell(raw: unknown, empty: ShellState): RestoredShell {
  const problems: string[] = [];
  if (raw === undefined) return { shell: empty, problems };
  if (typeof raw !== 'object' || raw === null) return { shell: empty, problems: ['the shell state is not an object'] };
  const r = raw as Record<string, unknown>;
  const part = <T>(name: string, schema: z.ZodType<T>, fallback: T): T => {
    if (r[name] === undefined) return fallback;
    const parsed = schema.safeParse(r[name]);
    if (parsed.success) return parsed.data;
    problems.push(`the saved ${name} could not be read`);
    return fallback;
  };
  const servers = part('servers', z.array(serverSchema), empty.servers) as ServerJob[];
  const shell: ShellState = {
    servers,
    nextJob: part('nextJob', z.number().int().positive(), empty.nextJob),
    envs: part('envs', lines, empty.envs),
    notesShown: part('notesShown', lines, empty.notesShown),
    history: boundedHistory(part('history', lines, empty.history)),
  };
  if (r.exported !== undefined) {
    const exported = textMap(r.exported);
    if (exported) shell.exported = exported;
    else problems.push('the saved exported variables could not be read');
  }
  const lastExit = part('lastExit', z.number().int().min(0).max(255).optional(), undefined);
  if (lastExit !== undefined) shell.lastExit = lastExit;
  return { shell, problems };
}

export const historySchema = lines;
