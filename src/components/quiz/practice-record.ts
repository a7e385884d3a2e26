// Practice answers go two places: the lesson's practice record (shown on the lesson card and
// restored on a reload) and the spaced-review queue (wrong: Again; right with help: Hard; right
// unaided: Good), in one progress update.
import { ensurePracticeSeed, lessonOf, recordPractice, updateProgress } from '../../stores/progress.ts';
import { newSeed } from './draw.ts';
import { reviewAnswer } from '../../stores/review.ts';

/** The lesson a question belongs to: the nearest `data-lesson` (the practice page, or a review item). */
export function lessonOfQuestion(el: HTMLElement): string | undefined {
  return el.closest<HTMLElement>('[data-lesson]')?.dataset.lesson;
}

/** On the review page a question starts blank: the last practice answer is not put back. */
export function inReview(el: HTMLElement): boolean {
  return el.closest('[data-review-item]') !== null;
}

export function recordPracticeAnswer(
  el: HTMLElement,
  question: string,
  answer: string,
  right: boolean,
  helped: boolean,
): void {
  const lesson = lessonOfQuestion(el);
  if (!lesson) return;
  const outcome = !right ? 'wrong' : helped ? 'helped' : 'right';
  updateProgress((p) =>
    reviewAnswer(recordPractice(p, lesson, question, answer, right, helped), lesson, question, outcome, Date.now()),
  );
}

/** Reveal hints one at a time from a "Show a hint" button; returns how many are shown. */
export function wireHints(root: HTMLElement, onShown: () => void): void {
  const button = root.querySelector<HTMLButtonElement>('[data-next-hint]');
  if (!button) return;
  let shown = 0;
  button.addEventListener('click', () => {
    const hints = [...root.querySelectorAll<HTMLElement>('[data-hint]')];
    const hint = hints[shown];
    if (!hint) return;
    hint.hidden = false;
    shown += 1;
    onShown();
    if (shown >= hints.length) {
      button.disabled = true;
      button.textContent = 'No more hints';
    } else button.textContent = `Show another hint (${shown + 1} of ${hints.length})`;
    hint.setAttribute('tabindex', '-1');
    hint.focus();
  });
}

/** The practice page's seed for option and step order: made once per lesson, then kept. */
export function practiceSeed(el: HTMLElement): number {
  const lesson = lessonOfQuestion(el);
  if (!lesson) return 0;
  const p = updateProgress((p) => ensurePracticeSeed(p, lesson, newSeed()));
  return lessonOf(p, lesson).practiceSeed ?? 0;
}
