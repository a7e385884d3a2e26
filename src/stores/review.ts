// Spaced review with ts-fsrs: a question missed or answered with help becomes a new card, due at
// once; each later answer to it, on the review page or anywhere else, reschedules it (wrong:
// Again, helped: Hard, right: Good), as Anki-style schedulers do. A question answered right while
// it is not a card is left alone: only what the learner struggled with comes back. Pure: takes
// and returns the progress document.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Progress } from './progress.ts';
import { cardKey, type ReviewCard } from './review-card.ts';

export { cardKey, dueCards } from './review-card.ts';
export type { ReviewCard } from './review-card.ts';

export type Outcome = 'wrong' | 'helped' | 'right';

const scheduler = fsrs({ enable_fuzz: false });

const GRADE: Record<Outcome, Grade> = { wrong: Rating.Again, helped: Rating.Hard, right: Rating.Good };

function toCard(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
  };
}

function fromCard(lesson: string, question: string, card: Card): ReviewCard {
  return {
    lesson,
    question,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** Record one answer to a question for spaced review. */
export function reviewAnswer(p: Progress, lesson: string, question: string, outcome: Outcome, now: number): Progress {
  const key = cardKey(lesson, question);
  const existing = p.review?.[key];
  if (!existing && outcome === 'right') return p;
  // A first miss makes a new card, due at once: the review page is where it is first rated.
  if (!existing)
    return { ...p, review: { ...p.review, [key]: fromCard(lesson, question, createEmptyCard(new Date(now))) } };
  const next = scheduler.next(toCard(existing), new Date(now), GRADE[outcome]).card;
  return { ...p, review: { ...p.review, [key]: fromCard(lesson, question, next) } };
}
