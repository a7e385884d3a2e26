// What a learner has done, per lesson: visited, which examples matched, practice answers, test
// attempts and best score. One validated JSON document in localStorage; another tab's write is
// re-read (last write wins). Pure update functions are exported for tests.
import { atom } from 'nanostores';
import { z } from 'zod/mini';
import { STORAGE_PREFIX, decode, load, save, setAside, watchKey } from './storage.ts';

export const PROGRESS_KEY = `${STORAGE_PREFIX}progress`;

const lessonProgressSchema = z.object({
  visited: z.boolean(),
  lastVisited: z.nullable(z.number()),
  examplesMatched: z.array(z.string()),
  /** question id -> the option the learner chose and whether it was right. */
  practice: z.record(z.string(), z.object({ option: z.string(), correct: z.boolean() })),
  testAttempts: z.number().check(z.int(), z.nonnegative()),
  bestScore: z.nullable(z.number().check(z.int(), z.nonnegative())),
  lastScore: z.nullable(z.number().check(z.int(), z.nonnegative())),
  testTotal: z.nullable(z.number().check(z.int(), z.positive())),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** The stored document's shape (also what a progress export's `progress` must match). */
export const progressSchema = z.object({
  v: z.literal(1),
  lessons: z.record(z.string(), lessonProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const EMPTY_PROGRESS: Progress = { v: 1, lessons: {} };
export const EMPTY_LESSON: LessonProgress = {
  visited: false,
  lastVisited: null,
  examplesMatched: [],
  practice: {},
  testAttempts: 0,
  bestScore: null,
  lastScore: null,
  testTotal: null,
};

export const $progress = atom<Progress>(EMPTY_PROGRESS);
export const $progressNotice = atom<string | null>(null);
export const PROGRESS_CORRUPT_NOTICE =
  'Your saved lesson progress could not be read (it was damaged or written by another version of the site), so it starts fresh; the unreadable copy is kept aside in this browser.';

let started = false;

/** Read stored progress once per page and follow other tabs' writes. */
export function startProgress(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const loaded = load(PROGRESS_KEY, progressSchema);
  if (loaded.status === 'ok') $progress.set(loaded.value);
  if (loaded.status === 'corrupt') {
    setAside(PROGRESS_KEY);
    $progressNotice.set(PROGRESS_CORRUPT_NOTICE);
  }
  watchKey(PROGRESS_KEY, (raw) => {
    const next = decode(raw, progressSchema);
    $progress.set(next.status === 'ok' ? next.value : EMPTY_PROGRESS);
  });
}

export function lessonOf(progress: Progress, lesson: string): LessonProgress {
  return progress.lessons[lesson] ?? EMPTY_LESSON;
}

function withLesson(progress: Progress, lesson: string, f: (l: LessonProgress) => LessonProgress): Progress {
  const before = lessonOf(progress, lesson);
  const after = f(before);
  if (after === before) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lesson]: after } };
}

export function markVisited(p: Progress, lesson: string, now: number): Progress {
  return withLesson(p, lesson, (l) => ({ ...l, visited: true, lastVisited: now }));
}

export function markExampleMatched(p: Progress, lesson: string, exampleId: string): Progress {
  return withLesson(p, lesson, (l) =>
    l.examplesMatched.includes(exampleId) ? l : { ...l, examplesMatched: [...l.examplesMatched, exampleId] },
  );
}

export function recordPractice(
  p: Progress,
  lesson: string,
  question: string,
  option: string,
  correct: boolean,
): Progress {
  return withLesson(p, lesson, (l) => ({ ...l, practice: { ...l.practice, [question]: { option, correct } } }));
}

export function recordTest(p: Progress, lesson: string, score: number, total: number): Progress {
  return withLesson(p, lesson, (l) => ({
    ...l,
    testAttempts: l.testAttempts + 1,
    lastScore: score,
    bestScore: l.bestScore === null ? score : Math.max(l.bestScore, score),
    testTotal: total,
  }));
}

/** Apply an update against the freshest stored copy (another tab may have written since). */
export function updateProgress(f: (p: Progress) => Progress): Progress {
  startProgress();
  const fresh = load(PROGRESS_KEY, progressSchema);
  const base = fresh.status === 'ok' ? fresh.value : $progress.get();
  const next = f(base);
  $progress.set(next);
  if (next !== base) save(PROGRESS_KEY, next);
  return next;
}
