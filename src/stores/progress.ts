// What a learner has done, per lesson: visited, which examples matched, practice answers, the
// test attempt under way or last graded (its draw and seed), past scores and the questions seen;
// and the spaced-review cards across lessons. One validated JSON document in localStorage; another tab's write is
// re-read (last write wins). Pure update functions are exported for tests.
import { atom } from 'nanostores';
import { z } from 'zod/mini';
import { reviewCardSchema } from './review-card.ts';
import { STORAGE_PREFIX, decode, load, save, setAside, watchKey } from './storage.ts';

export const PROGRESS_KEY = `${STORAGE_PREFIX}progress`;

/** One test attempt: the questions drawn and the seed that orders their options, kept with it. */
const attemptSchema = z.object({
  /** Orders every question's options (and an order question's steps) the same way on a reload. */
  seed: z.number().check(z.int()),
  /** The question ids drawn, in the order shown. */
  questions: z.array(z.string()),
  /** question id -> the answer so far, stored as in `practice`. */
  answers: z.record(z.string(), z.string()),
  /** Set once graded: question id -> right or not. */
  graded: z.optional(z.record(z.string(), z.boolean())),
});
export type Attempt = z.infer<typeof attemptSchema>;

const lessonProgressSchema = z.object({
  visited: z.boolean(),
  lastVisited: z.nullable(z.number()),
  examplesMatched: z.array(z.string()),
  /**
   * question id -> the learner's last checked answer and whether it was right. `option` is the
   * answer as stored for its kind: chosen option ids joined by commas, the typed text, or step
   * ids in the learner's order joined by commas.
   */
  practice: z.record(
    z.string(),
    z.object({
      option: z.string(),
      correct: z.boolean(),
      /** A hint or the solution was opened before the answer was right. */
      helped: z.optional(z.boolean()),
    }),
  ),
  testAttempts: z.number().check(z.int(), z.nonnegative()),
  bestScore: z.nullable(z.number().check(z.int(), z.nonnegative())),
  lastScore: z.nullable(z.number().check(z.int(), z.nonnegative())),
  testTotal: z.nullable(z.number().check(z.int(), z.positive())),
  /** The attempt under way or the last one graded, so a reload shows the same questions and order. */
  attempt: z.optional(attemptSchema),
  /** Orders the practice page's options and steps, the same on every visit. */
  practiceSeed: z.optional(z.number().check(z.int())),
  /** Graded attempts, oldest first. */
  history: z.optional(z.array(z.object({ at: z.number(), score: z.number(), total: z.number() }))),
  /** Test questions this learner has met in a graded attempt (the next draw prefers the others). */
  seen: z.optional(z.array(z.string())),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** The stored document's shape (also what a progress export's `progress` must match). */
export const progressSchema = z.object({
  v: z.literal(1),
  lessons: z.record(z.string(), lessonProgressSchema),
  /** Spaced-review cards, by `lesson/question` (src/stores/review.ts). */
  review: z.optional(z.record(z.string(), reviewCardSchema)),
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
  helped = false,
): Progress {
  return withLesson(p, lesson, (l) => ({
    ...l,
    practice: { ...l.practice, [question]: helped ? { option, correct, helped } : { option, correct } },
  }));
}

/** Give the lesson's practice page its option order, once. */
export function ensurePracticeSeed(p: Progress, lesson: string, seed: number): Progress {
  return withLesson(p, lesson, (l) => (l.practiceSeed === undefined ? { ...l, practiceSeed: seed } : l));
}

/** Count a graded test by its score alone (kept for progress written before attempts were stored). */
export function recordTest(p: Progress, lesson: string, score: number, total: number): Progress {
  return withLesson(p, lesson, (l) => ({
    ...l,
    testAttempts: l.testAttempts + 1,
    lastScore: score,
    bestScore: l.bestScore === null ? score : Math.max(l.bestScore, score),
    testTotal: total,
  }));
}

/** Start a test attempt with the questions drawn for it (replacing any earlier attempt). */
export function startAttempt(p: Progress, lesson: string, seed: number, questions: readonly string[]): Progress {
  return withLesson(p, lesson, (l) => ({ ...l, attempt: { seed, questions: [...questions], answers: {} } }));
}

/** Keep one answer of the attempt under way (ignored once it is graded). */
export function saveAnswer(p: Progress, lesson: string, question: string, answer: string): Progress {
  return withLesson(p, lesson, (l) => {
    const a = l.attempt;
    if (!a || a.graded || !a.questions.includes(question)) return l;
    if (a.answers[question] === answer) return l;
    return { ...l, attempt: { ...a, answers: { ...a.answers, [question]: answer } } };
  });
}

/** Grade the attempt under way: keep its outcomes, count it, and mark its questions seen. */
export function gradeAttempt(p: Progress, lesson: string, graded: Record<string, boolean>, now: number): Progress {
  return withLesson(p, lesson, (l) => {
    const a = l.attempt;
    if (!a || a.graded) return l;
    const score = a.questions.filter((q) => graded[q]).length;
    const total = a.questions.length;
    return {
      ...l,
      attempt: { ...a, graded: { ...graded } },
      history: [...(l.history ?? []), { at: now, score, total }],
      seen: [...new Set([...(l.seen ?? []), ...a.questions])],
      testAttempts: l.testAttempts + 1,
      lastScore: score,
      bestScore: l.bestScore === null ? score : Math.max(l.bestScore, score),
      testTotal: total,
    };
  });
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
