// The test's shape, in one place: what one attempt draws from a lesson's test pool, and the least a
// pool must hold so that two attempts share at most half their questions (the second attempt
// prefers questions not yet seen). The quiz page draws with these (src/components/quiz/draw.ts)
// and `check:content` lints pools against them (src/content-check/lints.ts).
export type Difficulty = 'easy' | 'medium' | 'hard';

/** Questions per attempt, by difficulty (10 in all). */
export const DRAW_MIX: Readonly<Record<Difficulty, number>> = { easy: 3, medium: 4, hard: 3 };

export const TEST_LENGTH = DRAW_MIX.easy + DRAW_MIX.medium + DRAW_MIX.hard;

/** The least a test pool holds, by difficulty, and in all. */
export const POOL_MIN: Readonly<Record<Difficulty, number>> = { easy: 6, medium: 6, hard: 4 };
export const POOL_SIZE_MIN = 20;

/** No option position may hold more than this share of a bank's keys, in source order. */
export const MAX_KEY_SHARE = 0.4;

/** Each bank holds at least this many questions of the kinds graded by running them. */
export const MIN_COMMAND_QUESTIONS = 3;
export const MIN_ORDER_QUESTIONS = 1;
