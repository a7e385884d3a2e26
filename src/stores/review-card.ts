// The stored shape of a spaced-review card: a ts-fsrs `Card` with its dates as epoch milliseconds,
// so the progress document stays plain JSON (and a progress export carries it). Kept apart from
// the scheduling (./review.ts) so that reading progress does not load ts-fsrs.
import { z } from 'zod/mini';

export const reviewCardSchema = z.object({
  /** The lesson whose bank holds the question. */
  lesson: z.string(),
  /** The question's id in that bank. */
  question: z.string(),
  /** When the card is next due (epoch ms). */
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: z.number().check(z.int(), z.gte(0), z.lte(3)),
  /** When it was last reviewed (epoch ms), or null for a new card. */
  lastReview: z.nullable(z.number()),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** The key a card is stored under. */
export function cardKey(lesson: string, question: string): string {
  return `${lesson}/${question}`;
}

/** Cards due at `now`, the most overdue first. */
export function dueCards(cards: Readonly<Record<string, ReviewCard>> | undefined, now: number): ReviewCard[] {
  return Object.values(cards ?? {})
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || a.lesson.localeCompare(b.lesson) || a.question.localeCompare(b.question));
}
