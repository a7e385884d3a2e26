// <review-queue>: shows the due review cards one at a time, most overdue first, across lessons,
// fetching each lesson's questions (/review-items/<lesson>) only when it has cards due.
// The question itself is a practice question (it records the answer and reschedules its card);
// the queue only decides which one is shown, and offers "Next question" once it is answered.
import { $progress, startProgress } from '../../stores/progress.ts';
import { dueCards } from '../../stores/review-card.ts';
// The question elements a fetched lesson fragment holds are upgraded as they are inserted.
import '../quiz/practice.ts';
import '../quiz/command-question.ts';
import '../quiz/order-question.ts';

class ReviewQueueElement extends HTMLElement {
  private current: string | null = null;
  private answered = 0;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    startProgress();
    this.querySelector('[data-review-next]')?.addEventListener('click', () => this.next(true));
    // A checked answer reschedules the shown card: then the learner may go on.
    $progress.listen(() => this.afterAnswer());
    void this.load().then(() => this.next(false));
  }

  /** Fetch the questions of every lesson with cards due and put them (hidden) into the queue. */
  private async load(): Promise<void> {
    const lessons = [...new Set(dueCards($progress.get().review, Date.now()).map((c) => c.lesson))];
    const box = this.querySelector<HTMLElement>('[data-review-items]');
    if (!box) return;
    const failed: string[] = [];
    await Promise.all(
      lessons.map(async (lesson) => {
        try {
          const response = await fetch(`${this.dataset.base ?? ''}/review-items/${encodeURIComponent(lesson)}/`);
          if (!response.ok) throw new Error(String(response.status));
          const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
          const parts = [...doc.querySelectorAll('[data-quiz-scenarios], [data-review-items] > [data-review-item]')];
          box.append(...parts.map((el) => document.importNode(el, true)));
        } catch {
          failed.push(lesson);
        }
      }),
    );
    if (failed.length > 0)
      this.querySelector('.review-about')?.insertAdjacentText(
        'afterend',
        `Some questions could not be loaded (${failed.join(', ')}); reload the page to try again.`,
      );
  }

  private items(): Map<string, HTMLElement> {
    return new Map(
      [...this.querySelectorAll<HTMLElement>('[data-review-item]')].map((el) => [el.dataset.reviewItem ?? '', el]),
    );
  }

  private due(): string[] {
    const items = this.items();
    return dueCards($progress.get().review, Date.now())
      .map((c) => `${c.lesson}/${c.question}`)
      .filter((key) => items.has(key));
  }

  private say(text: string): void {
    const status = this.querySelector<HTMLElement>('[data-review-status]');
    if (status) status.textContent = text;
  }

  private next(focus: boolean): void {
    const items = this.items();
    const due = this.due().filter((k) => k !== this.current);
    for (const el of items.values()) el.hidden = true;
    const nextButton = this.querySelector<HTMLButtonElement>('[data-review-next]');
    if (nextButton) nextButton.hidden = true;
    const empty = this.querySelector<HTMLElement>('[data-review-empty]');
    const key = due[0];
    if (!key) {
      this.current = null;
      if (empty) empty.hidden = false;
      // With nothing answered yet the empty state says it; the status only reports a finished round.
      this.say(this.answered > 0 ? `All done for now: ${this.answered} reviewed.` : '');
      return;
    }
    if (empty) empty.hidden = true;
    this.current = key;
    const el = items.get(key);
    if (!el) return;
    el.hidden = false;
    this.say(`${due.length} due for review. Showing 1 of ${due.length}.`);
    if (focus) {
      const heading = el.querySelector<HTMLElement>('.question-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  }

  private afterAnswer(): void {
    if (!this.current) return;
    const card = $progress.get().review?.[this.current];
    if (!card || card.due <= Date.now() - 1000) return;
    const nextButton = this.querySelector<HTMLButtonElement>('[data-review-next]');
    if (nextButton && nextButton.hidden) {
      this.answered += 1;
      nextButton.hidden = false;
      const left = this.due().filter((k) => k !== this.current).length;
      nextButton.textContent = left > 0 ? `Next question (${left} more due)` : 'Finish';
    }
  }
}

if (!customElements.get('review-queue')) customElements.define('review-queue', ReviewQueueElement);
