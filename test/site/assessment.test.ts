// The pure parts of assessment: the seeded draw and orders, the review scheduler's ratings, the
// result wording and practice progress. Table tests and fixed-seed properties.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  drawTest,
  scrambledSteps,
  seededRandom,
  shownOrder,
  type PoolQuestion,
} from '../../src/components/quiz/draw.ts';
import { practiceProgressText } from '../../src/components/quiz/practice-progress-text.ts';
import { resultWords } from '../../src/components/quiz/result-words.ts';
import { dueText } from '../../src/components/review/due-text.ts';
import {
  EMPTY_LESSON,
  EMPTY_PROGRESS,
  gradeAttempt,
  progressSchema,
  saveAnswer,
  startAttempt,
} from '../../src/stores/progress.ts';
import { dueCards, reviewAnswer } from '../../src/stores/review.ts';
import { DRAW_MIX, POOL_MIN } from '../../src/schemas/test-pool.ts';

/** The smallest pool check:content allows: 6 easy, 6 medium, 4 hard, 4 more of any (here medium). */
const POOL: PoolQuestion[] = [
  ...Array.from({ length: POOL_MIN.easy }, (_, i) => ({ id: `e${i}`, difficulty: 'easy' as const })),
  ...Array.from({ length: POOL_MIN.medium + 4 }, (_, i) => ({ id: `m${i}`, difficulty: 'medium' as const })),
  ...Array.from({ length: POOL_MIN.hard }, (_, i) => ({ id: `h${i}`, difficulty: 'hard' as const })),
];
const level = (id: string) => POOL.find((q) => q.id === id)?.difficulty;

describe('drawing a test attempt', () => {
  test('the same seed draws the same attempt; the mix is 3 easy, 4 medium, 3 hard, easy first', () => {
    const a = drawTest(POOL, new Set(), 42);
    expect(drawTest(POOL, new Set(), 42)).toEqual(a);
    expect(a.map(level)).toEqual([
      ...Array(DRAW_MIX.easy).fill('easy'),
      ...Array(DRAW_MIX.medium).fill('medium'),
      ...Array(DRAW_MIX.hard).fill('hard'),
    ]);
  });

  test('a second attempt, preferring unseen questions, shares at most half with the first (any seeds)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (s1, s2) => {
        const first = drawTest(POOL, new Set(), s1);
        const second = drawTest(POOL, new Set(first), s2);
        expect(new Set(second).size).toBe(10);
        expect(second.filter((id) => first.includes(id)).length).toBeLessThanOrEqual(5);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  test('a pool short at one level is made up from the others', () => {
    const short = POOL.filter((q) => q.difficulty !== 'hard' || q.id === 'h0');
    const drawn = drawTest(short, new Set(), 1);
    expect(drawn).toHaveLength(10);
    expect(drawn.filter((id) => level(id) === 'hard')).toEqual(['h0']);
  });
});

describe('option and step order', () => {
  test('the first option is the key about a quarter of the time across seeds (keys at position 1)', () => {
    let first = 0;
    for (let seed = 0; seed < 2000; seed++) if (shownOrder(['key', 'b', 'c', 'd'], seed, 'q')[0] === 'key') first += 1;
    expect(first / 2000).toBeGreaterThan(0.2);
    expect(first / 2000).toBeLessThan(0.3);
  });

  test('steps are never first shown in the right order (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 6 }), (seed, n) => {
        const key = Array.from({ length: n }, (_, i) => `s${i}`);
        const shown = scrambledSteps(key, seed, 'order-q');
        expect([...shown].sort()).toEqual([...key].sort());
        expect(shown).not.toEqual(key);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  test('the generator stays in [0, 1)', () => {
    const r = seededRandom(123);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('attempts in progress', () => {
  test('answers are kept until grading; grading counts, keeps outcomes and marks questions seen', () => {
    let p = startAttempt(EMPTY_PROGRESS, 'l', 9, ['a', 'b']);
    p = saveAnswer(p, 'l', 'a', 'x');
    p = saveAnswer(p, 'l', 'zz', 'ignored');
    p = gradeAttempt(p, 'l', { a: true, b: false }, 1000);
    p = saveAnswer(p, 'l', 'b', 'too late');
    const l = p.lessons.l ?? EMPTY_LESSON;
    expect(l.attempt).toEqual({ seed: 9, questions: ['a', 'b'], answers: { a: 'x' }, graded: { a: true, b: false } });
    expect(l.history).toEqual([{ at: 1000, score: 1, total: 2 }]);
    expect(l.seen).toEqual(['a', 'b']);
    expect([l.testAttempts, l.bestScore, l.lastScore, l.testTotal]).toEqual([1, 1, 1, 2]);
    expect(progressSchema.safeParse(p).success).toBe(true);
  });
});

describe('spaced review', () => {
  const now = Date.UTC(2026, 0, 1);
  test.each([
    ['a miss makes a card due at once', ['wrong'], 0],
    ['help makes a card due at once', ['helped'], 0],
    ['a right answer to a question with no card makes none', ['right'], null],
  ] as const)('%s', (_name, outcomes, dueIn) => {
    let p = EMPTY_PROGRESS;
    for (const o of outcomes) p = reviewAnswer(p, 'aliases', 'q1', o, now);
    const card = p.review?.['aliases/q1'];
    if (dueIn === null) expect(card).toBeUndefined();
    else expect(card?.due).toBe(now + dueIn);
  });

  test('again comes back sooner than hard, hard sooner than good', () => {
    const start = reviewAnswer(EMPTY_PROGRESS, 'l', 'q', 'wrong', now);
    const after = (o: 'wrong' | 'helped' | 'right') => reviewAnswer(start, 'l', 'q', o, now).review?.['l/q']?.due ?? 0;
    expect(after('wrong')).toBeLessThan(after('helped'));
    expect(after('helped')).toBeLessThan(after('right'));
    expect(progressSchema.safeParse(reviewAnswer(start, 'l', 'q', 'right', now)).success).toBe(true);
  });

  test('due cards come most overdue first, across lessons', () => {
    let p = reviewAnswer(EMPTY_PROGRESS, 'b-lesson', 'q', 'wrong', now);
    p = reviewAnswer(p, 'a-lesson', 'q', 'wrong', now - 5000);
    expect(dueCards(p.review, now).map((c) => `${c.lesson}/${c.question}`)).toEqual(['a-lesson/q', 'b-lesson/q']);
    expect(dueCards(p.review, now - 6000)).toEqual([]);
  });
});

describe('words', () => {
  test.each([
    [10, 10, /^Every answer right\./],
    [9, 10, /^Nearly all right\. The list below jumps to the one question you missed/],
    [6, 10, /^More than half right\. The list below jumps to the 4 questions you missed/],
    [3, 10, /^Fewer than half right\..*Practise the lesson before you retake\.$/],
    [0, 10, /^None right this time\./],
  ])('%i/%i reads %s', (score, total, words) => {
    expect(resultWords(score, total)).toMatch(words);
    if (score === total) expect(resultWords(score, total)).not.toMatch(/missed|[Pp]ractise/);
  });

  test.each([
    [{}, 'Practice: none of 3 answered yet'],
    [{ a: { option: 'x', correct: false } }, 'Practice: 0 of 3 answered right (1 tried)'],
    [
      { a: { option: 'x', correct: true }, b: { option: 'y', correct: false } },
      'Practice: 1 of 3 answered right (2 tried)',
    ],
    [
      { a: { option: 'x', correct: true }, b: { option: 'y', correct: true }, c: { option: 'z', correct: true } },
      'Practice: all 3 answered right',
    ],
  ])('practice %j reads %s', (practice, text) => {
    expect(practiceProgressText({ ...EMPTY_LESSON, practice }, ['a', 'b', 'c'])).toBe(text);
  });

  test.each([
    [0, 0, /^Questions you miss/],
    [0, 4, 'Nothing due now; 4 questions scheduled for later.'],
    [1, 4, 'One question you missed is ready to try again.'],
    [3, 4, '3 questions you missed are ready to try again.'],
  ])('%i due of %i reads %s', (due, total, text) => {
    expect(dueText(due, total)).toMatch(text);
  });
});
