// Moving progress between browsers and devices: everything a learner has in localStorage (lesson
// progress, lab progress, each page's saved session) as one JSON file with a format name and a
// version, and back. A file is checked with the same zod schemas the stores read with, so an
// import can never plant data a page would later refuse; a foreign or damaged file is turned
// down with a reason and nothing changes.
//
// What an import replaces: the lesson progress and the lab progress documents whole, and every
// saved session the file holds. Saved sessions that only this browser has stay (they are listed
// as kept), so importing never throws away a page's work the file knows nothing about.
import { z } from 'zod/mini';
import { EMPTY_LAB_PROGRESS, LAB_PROGRESS_KEY, labProgressSchema } from './lab-progress.ts';
import type { LabProgress } from './lab-progress.ts';
import { EMPTY_PROGRESS, PROGRESS_KEY, progressSchema } from './progress.ts';
import type { Progress } from './progress.ts';
import { SESSION_KEY_PREFIX, envelopeSchema } from './session-schema.ts';
import type { Envelope } from './session-schema.ts';
import { decode } from './storage.ts';

export const EXPORT_FORMAT = 'mlflow-academy-progress';
export const EXPORT_VERSION = 1;
/** Far above any real export (sessions keep at most 400 lines); a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The parts of `Storage` the transfer uses (tests pass an in-memory one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** When the file was made (ISO 8601), shown before an import. */
  exportedAt: z.string(),
  progress: progressSchema,
  labs: labProgressSchema,
  /** Saved sessions by page: a lesson id, `lab:<id>` or `sandbox`. */
  sessions: z.record(z.string(), envelopeSchema),
});
export type ProgressExport = z.infer<typeof exportSchema>;

/** Everything this browser holds, as the stores would read it; unreadable entries are left out and named. */
export interface Holdings {
  readonly progress: Progress;
  readonly labs: LabProgress;
  readonly sessions: Readonly<Record<string, Envelope>>;
  /** Keys whose stored value failed its schema (a page already starts those fresh). */
  readonly unreadable: readonly string[];
}

function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

function sessionKeys(store: KeyValueStore): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key !== null && key.startsWith(SESSION_KEY_PREFIX)) keys.push(key);
    }
  } catch {
    // Storage that cannot be listed holds nothing we can export.
  }
  return keys.sort();
}

export function readHoldings(store: KeyValueStore): Holdings {
  const unreadable: string[] = [];
  const progress = decode(safeGet(store, PROGRESS_KEY), progressSchema);
  if (progress.status === 'corrupt') unreadable.push(PROGRESS_KEY);
  const labs = decode(safeGet(store, LAB_PROGRESS_KEY), labProgressSchema);
  if (labs.status === 'corrupt') unreadable.push(LAB_PROGRESS_KEY);
  const sessions: Record<string, Envelope> = {};
  for (const key of sessionKeys(store)) {
    const page = key.slice(SESSION_KEY_PREFIX.length);
    const loaded = decode(safeGet(store, key), envelopeSchema);
    // The session store itself refuses an envelope filed under another page's key.
    if (loaded.status === 'ok' && loaded.value.lesson === page) sessions[page] = loaded.value;
    else if (loaded.status !== 'empty') unreadable.push(key);
  }
  return {
    progress: progress.status === 'ok' ? progress.value : EMPTY_PROGRESS,
    labs: labs.status === 'ok' ? labs.value : EMPTY_LAB_PROGRESS,
    sessions,
    unreadable,
  };
}

export function makeExport(holdings: Holdings, now: Date): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    progress: holdings.progress,
    labs: holdings.labs,
    sessions: { ...holdings.sessions },
  };
}

/** `mlflow-academy-progress-2026-11-27.json` */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedImport = { ok: true; data: ProgressExport } | { ok: false; reason: string };

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Read a file's text as a progress export; never throws, and says why a file is refused. */
/** Own keys of an object (none for anything else). */
const keysOf = (v: unknown): string[] => (typeof v === 'object' && v !== null ? Object.keys(v) : []);
const at = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;

/**
 * The records of an export keyed by page ids (lessons, their practice answers, labs, sessions):
 * which holds an own `__proto__` key, or null. (Inside a saved registry such a key is a tag or a
 * model the learner named, and stays.)
 */
function findProtoKey(json: unknown): string | null {
  const lessons = at(at(json, 'progress'), 'lessons');
  const records: [string, unknown][] = [
    ['progress.lessons', lessons],
    ['labs.labs', at(at(json, 'labs'), 'labs')],
    ['sessions', at(json, 'sessions')],
    ...keysOf(lessons).map((k): [string, unknown] => [
      `progress.lessons.${k}.practice`,
      at(at(lessons, k), 'practice'),
    ]),
  ];
  for (const [where, record] of records) if (keysOf(record).includes('__proto__')) return `an entry of ${where}`;
  return null;
}

export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, reason: 'the file is far larger than any progress export, so it is not one' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not a JSON file, so it is not a progress export' };
  }
  const head =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (head?.format !== EXPORT_FORMAT) {
    return { ok: false, reason: `it is not a progress export from this site (it has no "format": "${EXPORT_FORMAT}")` };
  }
  if (head.version !== EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > EXPORT_VERSION;
    return {
      ok: false,
      reason: newer
        ? `it was exported by a newer version of this site (version ${head.version}); this site reads version ${EXPORT_VERSION}`
        : `its version (${JSON.stringify(head.version ?? null)}) is not one this site reads (version ${EXPORT_VERSION})`,
    };
  }
  // A key zod's records would drop without a word (`__proto__`): refused, not read as nothing,
  // so a crafted file cannot pass for an empty export and wipe progress on confirm.
  const odd = findProtoKey(json);
  if (odd) return { ok: false, reason: `it is damaged: ${odd} is named "__proto__", which no page of this site is` };
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(issue.path) : '';
    return { ok: false, reason: `it is damaged: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid data'}` };
  }
  for (const [page, session] of Object.entries(parsed.data.sessions)) {
    if (session.lesson !== page) {
      return {
        ok: false,
        reason: `it is damaged: the saved session filed under "${page}" belongs to "${session.lesson}"`,
      };
    }
  }
  return { ok: true, data: parsed.data };
}

/** What an import would do, in counts and page names, before the learner confirms. */
export interface ImportPlan {
  readonly lessons: { readonly before: readonly string[]; readonly after: readonly string[] };
  readonly labs: { readonly before: readonly string[]; readonly after: readonly string[] };
  readonly sessions: {
    readonly replaced: readonly string[];
    readonly added: readonly string[];
    readonly kept: readonly string[];
  };
}

/** A lesson counts as having progress once anything at all is recorded for it. */
export function lessonsWithProgress(p: Progress): string[] {
  return Object.entries(p.lessons)
    .filter(
      ([, l]) =>
        l.visited ||
        l.testAttempts > 0 ||
        l.attempt !== undefined ||
        l.examplesMatched.length > 0 ||
        Object.keys(l.practice).length > 0,
    )
    .map(([id]) => id)
    .sort();
}

export function labsWithProgress(p: LabProgress): string[] {
  return Object.entries(p.labs)
    .filter(([, r]) => r.solved || r.commands > 0 || r.hintsShown > 0 || r.solutionShown)
    .map(([id]) => id)
    .sort();
}

export function planImport(current: Holdings, incoming: ProgressExport): ImportPlan {
  const here = Object.keys(current.sessions);
  const there = Object.keys(incoming.sessions).sort();
  return {
    lessons: { before: lessonsWithProgress(current.progress), after: lessonsWithProgress(incoming.progress) },
    labs: { before: labsWithProgress(current.labs), after: labsWithProgress(incoming.labs) },
    sessions: {
      replaced: there.filter((k) => here.includes(k)),
      added: there.filter((k) => !here.includes(k)),
      kept: here.filter((k) => !there.includes(k)).sort(),
    },
  };
}

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Write several keys as one change: if the browser refuses any write (storage full), every key
 * gets its old value back, so a failed import or reset leaves nothing half done.
 */
function writeAll(store: KeyValueStore, writes: readonly (readonly [string, string | null])[]): WriteOutcome {
  const before = writes.map(([key]) => [key, safeGet(store, key)] as const);
  try {
    for (const [key, value] of writes) {
      if (value === null) store.removeItem(key);
      else store.setItem(key, value);
    }
    return { ok: true };
  } catch {
    for (const [key, value] of before) {
      try {
        if (value === null) store.removeItem(key);
        else store.setItem(key, value);
      } catch {
        // Restoring a smaller old value does not fail in practice; nothing more can be done.
      }
    }
    return { ok: false, reason: 'the browser refused to store it (its storage for this site may be full)' };
  }
}

/** Replace this browser's progress with the file's (see the file comment for what stays). */
export function applyImport(store: KeyValueStore, data: ProgressExport): WriteOutcome {
  return writeAll(store, [
    [PROGRESS_KEY, JSON.stringify(data.progress)],
    [LAB_PROGRESS_KEY, JSON.stringify(data.labs)],
    ...Object.entries(data.sessions).map(
      ([page, env]) => [`${SESSION_KEY_PREFIX}${page}`, JSON.stringify(env)] as const,
    ),
  ]);
}

/** Forget all progress and every saved session, readable or not. The theme choice stays. */
export function resetAll(store: KeyValueStore): WriteOutcome {
  return writeAll(store, [
    [PROGRESS_KEY, null],
    [LAB_PROGRESS_KEY, null],
    ...sessionKeys(store).map((key) => [key, null] as const),
  ]);
}
