// What a learner has done in each lab: commands used in the current attempt, hints revealed,
// whether the solution was shown, and completion (with the best command count). A separate
// document beside the lesson progress (./progress.ts), same conventions: versioned key, zod-checked
// on read, another tab's write adopted (last write wins). Pure update functions are exported for tests.
import { atom } from 'nanostores';
import { z } from 'zod/mini';
import { STORAGE_PREFIX, decode, load, save, watchKey } from './storage.ts';

export const LAB_PROGRESS_KEY = `${STORAGE_PREFIX}labs`;

const count = z.number().check(z.int(), z.nonnegative());

const labRecordSchema = z.object({
  /** Commands typed since the attempt started (page first opened, or Reset lab). */
  commands: count,
  /** How many hint tiers are shown (0 to 3). */
  hintsShown: count,
  solutionShown: z.boolean(),
  solved: z.boolean(),
  solvedAt: z.nullable(z.number()),
  /** Fewest commands of any solved attempt. */
  bestCommands: z.nullable(count),
});
export type LabRecord = z.infer<typeof labRecordSchema>;

/** The stored document's shape (also what a progress export's `labs` must match). */
export const labProgressSchema = z.object({
  v: z.literal(1),
  labs: z.record(z.string(), labRecordSchema),
});
export type LabProgress = z.infer<typeof labProgressSchema>;

export const EMPTY_LAB_PROGRESS: LabProgress = { v: 1, labs: {} };
export const EMPTY_LAB: LabRecord = {
  commands: 0,
  hintsShown: 0,
  solutionShown: false,
  solved: false,
  solvedAt: null,
  bestCommands: null,
};

export const $labProgress = atom<LabProgress>(EMPTY_LAB_PROGRESS);

let started = false;

/** Read stored lab progress once per page and follow other tabs' writes. */
export function startLabProgress(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const loaded = load(LAB_PROGRESS_KEY, labProgressSchema);
  if (loaded.status === 'ok') $labProgress.set(loaded.value);
  watchKey(LAB_PROGRESS_KEY, (raw) => {
    const next = decode(raw, labProgressSchema);
    $labProgress.set(next.status === 'ok' ? next.value : EMPTY_LAB_PROGRESS);
  });
}

export function labOf(progress: LabProgress, lab: string): LabRecord {
  return progress.labs[lab] ?? EMPTY_LAB;
}

function withLab(progress: LabProgress, lab: string, f: (r: LabRecord) => LabRecord): LabProgress {
  const before = labOf(progress, lab);
  const after = f(before);
  if (after === before) return progress;
  return { ...progress, labs: { ...progress.labs, [lab]: after } };
}

export function countCommand(p: LabProgress, lab: string): LabProgress {
  return withLab(p, lab, (r) => ({ ...r, commands: r.commands + 1 }));
}

/** Reveal the next hint tier (at most `tiers`). */
export function revealHint(p: LabProgress, lab: string, tiers = 3): LabProgress {
  return withLab(p, lab, (r) => (r.hintsShown >= tiers ? r : { ...r, hintsShown: r.hintsShown + 1 }));
}

export function showSolution(p: LabProgress, lab: string): LabProgress {
  return withLab(p, lab, (r) => (r.solutionShown ? r : { ...r, solutionShown: true }));
}

/** The goal was reached: completion stays, the best count improves. Called once per attempt. */
export function markSolved(p: LabProgress, lab: string, now: number): LabProgress {
  return withLab(p, lab, (r) => ({
    ...r,
    solved: true,
    solvedAt: r.solvedAt ?? now,
    bestCommands: r.bestCommands === null ? r.commands : Math.min(r.bestCommands, r.commands),
  }));
}

/** Reset lab: a new attempt starts at zero commands; completion, best and revealed help stay. */
export function newAttempt(p: LabProgress, lab: string): LabProgress {
  return withLab(p, lab, (r) => (r.commands === 0 ? r : { ...r, commands: 0 }));
}

/** Apply an update against the freshest stored copy (another tab may have written since). */
export function updateLabProgress(f: (p: LabProgress) => LabProgress): LabProgress {
  startLabProgress();
  const fresh = load(LAB_PROGRESS_KEY, labProgressSchema);
  const base = fresh.status === 'ok' ? fresh.value : $labProgress.get();
  const next = f(base);
  $labProgress.set(next);
  if (next !== base) save(LAB_PROGRESS_KEY, next);
  return next;
}

/** For tests: forget that this page started. */
export function _resetLabProgressForTests(): void {
  started = false;
  $labProgress.set(EMPTY_LAB_PROGRESS);
}
