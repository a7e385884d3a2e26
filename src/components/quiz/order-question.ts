// <order-question>: steps the learner reorders with Move up / Move down (keyboard and screen
// reader operable; focus follows the moved step and a live region says where it went). The key
// is the written order, proven by check:content to be the only one that reaches the goal.
import { isRightOrder } from '../../engine/typed-answer.ts';
import { $progress, lessonOf, startProgress } from '../../stores/progress.ts';
import { scrambledSteps } from './draw.ts';
import { lessonOfQuestion, inReview, practiceSeed, recordPracticeAnswer, wireHints } from './practice-record.ts';

export class OrderQuestionElement extends HTMLElement {
  private helped = false;
  private solved = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    this.list()?.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-move]');
      if (button) this.move(button);
    });
    if (this.dataset.mode !== 'practice') return;
    this.querySelector('[data-check-answer]')?.addEventListener('click', () => this.check());
    wireHints(this, () => {
      if (!this.solved) this.helped = true;
    });
    this.querySelector<HTMLDetailsElement>('[data-solution]')?.addEventListener('toggle', (e) => {
      if ((e.currentTarget as HTMLDetailsElement).open && !this.solved) {
        this.helped = true;
        this.reveal(true);
      }
    });
    startProgress();
    const lesson = lessonOfQuestion(this);
    const p = lesson ? lessonOf($progress.get(), lesson) : undefined;
    this.arrange(practiceSeed(this));
    const saved = p?.practice[this.dataset.question ?? ''];
    if (saved && !inReview(this)) {
      this.restore(saved.option);
      this.check({ record: false });
    }
  }

  private list(): HTMLOListElement | null {
    return this.querySelector<HTMLOListElement>('[data-steps]');
  }

  private steps(): HTMLElement[] {
    return [...(this.list()?.querySelectorAll<HTMLElement>('[data-step]') ?? [])];
  }

  private key(): string[] {
    return (this.dataset.key ?? '').split(',').filter(Boolean);
  }

  /** Scramble the steps with this seed (never into the right order). */
  arrange(seed: number): void {
    const byId = new Map(this.steps().map((s) => [s.dataset.step ?? '', s]));
    const order = scrambledSteps(this.key(), seed, this.dataset.question ?? '');
    this.apply(order.map((id) => byId.get(id)).filter((s): s is HTMLElement => s !== undefined));
  }

  answer(): string {
    return this.steps()
      .map((s) => s.dataset.step)
      .join(',');
  }

  restore(answer: string): void {
    const ids = answer.split(',');
    const byId = new Map(this.steps().map((s) => [s.dataset.step ?? '', s]));
    if (ids.length !== byId.size || ids.some((id) => !byId.has(id))) return;
    this.apply(ids.map((id) => byId.get(id) as HTMLElement));
  }

  grade(): boolean {
    return isRightOrder(this.answer().split(','), this.key());
  }

  lock(locked: boolean): void {
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-move]')) b.disabled = locked;
    if (!locked) this.refreshButtons();
  }

  /** Mark each step in place or not, and show the right order when asked. */
  reveal(showKey: boolean): void {
    const key = this.key();
    this.steps().forEach((s, i) => {
      const verdict = s.querySelector<HTMLElement>('[data-step-verdict]');
      const ok = s.dataset.step === key[i];
      s.classList.toggle('is-correct', ok);
      s.classList.toggle('is-wrong-pick', !ok);
      if (verdict) verdict.textContent = ok ? '✓ in place' : `✗ belongs at ${key.indexOf(s.dataset.step ?? '') + 1}`;
    });
    const box = this.querySelector<HTMLElement>('[data-order-key]');
    if (box) box.hidden = !showKey;
  }

  clear(): void {
    for (const s of this.steps()) {
      s.classList.remove('is-correct', 'is-wrong-pick');
      const verdict = s.querySelector<HTMLElement>('[data-step-verdict]');
      if (verdict) verdict.textContent = '';
    }
    const box = this.querySelector<HTMLElement>('[data-order-key]');
    if (box) box.hidden = true;
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result) result.textContent = '';
    this.lock(false);
  }

  private apply(ordered: HTMLElement[]): void {
    const list = this.list();
    if (!list) return;
    for (const s of ordered) list.append(s);
    this.refreshButtons();
  }

  /** The first step cannot go up nor the last down: those buttons are disabled, not hidden. */
  private refreshButtons(): void {
    const steps = this.steps();
    steps.forEach((s, i) => {
      const up = s.querySelector<HTMLButtonElement>('[data-move="up"]');
      const down = s.querySelector<HTMLButtonElement>('[data-move="down"]');
      if (up) up.disabled = i === 0;
      if (down) down.disabled = i === steps.length - 1;
    });
  }

  private move(button: HTMLButtonElement): void {
    const step = button.closest<HTMLElement>('[data-step]');
    const list = this.list();
    if (!step || !list || button.disabled) return;
    const up = button.dataset.move === 'up';
    const sibling = up ? step.previousElementSibling : step.nextElementSibling;
    if (!sibling) return;
    if (up) list.insertBefore(step, sibling);
    else list.insertBefore(sibling, step);
    this.refreshButtons();
    this.clear();
    const steps = this.steps();
    const at = steps.indexOf(step) + 1;
    const moved = this.querySelector<HTMLElement>('[data-moved]');
    if (moved) moved.textContent = `“${step.dataset.label ?? ''}” moved to position ${at} of ${steps.length}.`;
    // Keep focus on the same step; at an end, the button that still works.
    const same = step.querySelector<HTMLButtonElement>(`[data-move="${up ? 'up' : 'down'}"]`);
    const other = step.querySelector<HTMLButtonElement>(`[data-move="${up ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private check(options: { record?: boolean } = {}): void {
    const right = this.grade();
    if (right) this.solved = true;
    const solutionOpen = this.querySelector<HTMLDetailsElement>('[data-solution]')?.open ?? false;
    this.reveal(right || solutionOpen);
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result)
      result.textContent = right
        ? '✓ Right: in this order the steps reach the goal, and in no other.'
        : '✗ Not yet: the steps marked ✗ are out of place. Move them and check again, or open a hint.';
    if (options.record !== false)
      recordPracticeAnswer(this, this.dataset.question ?? '', this.answer(), right, this.helped);
  }
}

if (!customElements.get('order-question')) customElements.define('order-question', OrderQuestionElement);
