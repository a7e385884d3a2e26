// What a test attempt shows, all from one seed stored with the attempt: which questions are drawn
// (the mix of src/schemas/test-pool.ts, questions not yet seen first), the order of every
// question's options and of an order question's steps. The same seed gives the same attempt, so
// a reload shows exactly what the learner saw; a new attempt takes a new seed.
import { DRAW_MIX, type Difficulty } from '../../schemas/test-pool.ts';
import { shuffled } from './grading.ts';

/** A small, fast, well-mixed PRNG (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one question of an attempt: the attempt's seed mixed with the question id (FNV-1a). */
export function questionSeed(seed: number, id: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A fresh seed for a new attempt or page visit. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x7fffffff);
}

/** The order a question's options (or steps) are shown in for this seed. */
export function shownOrder<T>(items: readonly T[], seed: number, id: string): T[] {
  return shuffled(items, seededRandom(questionSeed(seed, id)));
}

/**
 * Steps as first shown: shuffled, but never already in the right order (that would hand the
 * learner the answer). `items` are in the right order.
 */
export function scrambledSteps<T>(items: readonly T[], seed: number, id: string): T[] {
  const random = seededRandom(questionSeed(seed, id));
  for (let i = 0; i < 20; i += 1) {
    const out = shuffled(items, random);
    if (out.some((x, j) => x !== items[j])) return out;
  }
  return [...items.slice(1), ...items.slice(0, 1)];
}

export interface PoolQuestion {
  readonly id: string;
  readonly difficulty: Difficulty;
}

const LEVELS: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/**
 * Draw one attempt: DRAW_MIX questions of each difficulty, unseen ones first (in a seeded random
 * order), then seen ones; a level short of questions is made up from the others. Easy first.
 */
export function drawTest(pool: readonly PoolQuestion[], seen: ReadonlySet<string>, seed: number): string[] {
  const random = seededRandom(seed);
  const ranked = (qs: readonly PoolQuestion[]) => [
    ...shuffled(
      qs.filter((q) => !seen.has(q.id)),
      random,
    ),
    ...shuffled(
      qs.filter((q) => seen.has(q.id)),
      random,
    ),
  ];
  const byLevel = new Map(LEVELS.map((d) => [d, ranked(pool.filter((q) => q.difficulty === d))]));
  const picked = new Map<Difficulty, PoolQuestion[]>(LEVELS.map((d) => [d, []]));
  for (const d of LEVELS) picked.get(d)?.push(...(byLevel.get(d) ?? []).splice(0, DRAW_MIX[d]));
  const want = LEVELS.reduce((n, d) => n + DRAW_MIX[d], 0);
  let have = LEVELS.reduce((n, d) => n + (picked.get(d)?.length ?? 0), 0);
  // A pool short at one level (only when check:content allowed it): fill from the others, unseen first.
  const rest = ranked(LEVELS.flatMap((d) => byLevel.get(d) ?? []));
  while (have < want && rest.length > 0) {
    const q = rest.shift() as PoolQuestion;
    picked.get(q.difficulty)?.push(q);
    have += 1;
  }
  return LEVELS.flatMap((d) => (picked.get(d) ?? []).map((q) => q.id));
}
