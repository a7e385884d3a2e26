// <practice-question>: check an answer and explain every option, reveal hints one at a time,
// and "Try it in the terminal" (runs the suggested commands in this page's practice session).
// No score: practice answers are remembered in the progress store only to show where you were.
import { recordPractice, updateProgress } from '../../stores/progress.ts';
import { $mode, runLines } from '../../stores/session.ts';
import { isRight } from './grading.ts';

class PracticeQuestionElement extends HTMLElement {
  private hintsShown = 0;

  connectedCallback(): void {
    this.querySelector('[data-check-answer]')?.addEventListener('click', () => this.check());
    this.querySelector('[data-next-hint]')?.addEventListener('click', (e) =>
      this.nextHint(e.currentTarget as HTMLButtonElement),
    );
    this.querySelector('[data-try-it]')?.addEventListener(
      'click',
      (e) => void this.tryIt(e.currentTarget as HTMLButtonElement),
    );
  }

  private chosen(): string[] {
    return [...this.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  }

  private check(): void {
    const chosen = this.chosen();
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (chosen.length === 0) {
      if (result) result.textContent = 'Choose an answer first.';
      return;
    }
    const options = [...this.querySelectorAll<HTMLElement>('[data-option]')];
    const correct = options.filter((o) => o.dataset.correct === 'true').map((o) => o.dataset.option ?? '');
    const right = isRight(chosen, correct);
    for (const option of options) {
      const id = option.dataset.option ?? '';
      const isCorrect = option.dataset.correct === 'true';
      const picked = chosen.includes(id);
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      const verdict = option.querySelector<HTMLElement>('[data-verdict]');
      option.classList.toggle('is-correct', isCorrect);
      option.classList.toggle('is-wrong-pick', picked && !isCorrect);
      if (verdict) {
        verdict.textContent = isCorrect
          ? picked
            ? '✓ Your answer, and it is right.'
            : '✓ A right answer.'
          : picked
            ? '✗ Your answer: not right, because…'
            : '✗ Not right, because…';
      }
      if (feedback) feedback.hidden = false;
    }
    if (result) {
      result.textContent = right
        ? '✓ Right! Read the notes under each option to see why the others are wrong.'
        : this.hintsLeft()
          ? '✗ Not quite. The notes under each option explain why; try again or open a hint.'
          : '✗ Not quite. The notes under each option explain why; try again or open the step-by-step solution.';
    }
    const lesson = document.querySelector<HTMLElement>('[data-lesson]')?.dataset.lesson;
    const question = this.dataset.question;
    if (lesson && question) updateProgress((p) => recordPractice(p, lesson, question, chosen.join(','), right));
  }

  private hintsLeft(): boolean {
    return this.hintsShown < this.querySelectorAll('[data-hint]').length;
  }

  private nextHint(button: HTMLButtonElement): void {
    const hints = [...this.querySelectorAll<HTMLElement>('[data-hint]')];
    const hint = hints[this.hintsShown];
    if (!hint) return;
    hint.hidden = false;
    this.hintsShown += 1;
    if (this.hintsShown >= hints.length) {
      button.disabled = true;
      button.textContent = 'No more hints';
    } else {
      button.textContent = `Show another hint (${this.hintsShown + 1} of ${hints.length})`;
    }
    hint.setAttribute('tabindex', '-1');
    hint.focus();
  }

  private async tryIt(button: HTMLButtonElement): Promise<void> {
    const commands = JSON.parse(button.dataset.commands ?? '[]') as string[];
    const terminal = document.getElementById('practice-terminal');
    terminal?.scrollIntoView({ block: 'nearest' });
    // The suggestions are shell commands: typed into the Python REPL they are SyntaxErrors.
    if ($mode.get() === 'python') {
      const result = this.querySelector<HTMLElement>('[data-result]');
      if (result)
        result.textContent =
          'The practice terminal is running Python (>>>). Leave it with exit() or Ctrl+D, then try again.';
      return;
    }
    button.disabled = true;
    try {
      await runLines(commands);
    } finally {
      button.disabled = false;
    }
    terminal?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
  }
}

if (!customElements.get('practice-question')) customElements.define('practice-question', PracticeQuestionElement);
