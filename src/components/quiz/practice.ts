// <practice-question>: a multiple-choice practice question that teaches. A wrong answer explains
// the chosen option only; the other options stay unexplained until the learner is right or opens
// the solution, so a second try is still a try. Hints come one at a time; "Try it in the
// terminal" runs the suggestion in this page's practice session. Options are shown in the order
// of the page's stored seed, and the last checked answer comes back after a reload.
import { $progress, lessonOf, startProgress } from '../../stores/progress.ts';
import { $mode, runLines } from '../../stores/session.ts';
import { shownOrder } from './draw.ts';
import { isRight } from './grading.ts';
import { lessonOfQuestion, inReview, practiceSeed, recordPracticeAnswer, wireHints } from './practice-record.ts';

class PracticeQuestionElement extends HTMLElement {
  private helped = false;
  private solved = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    this.querySelector('[data-check-answer]')?.addEventListener('click', () => this.check());
    wireHints(this, () => {
      if (!this.solved) this.helped = true;
    });
    this.querySelector<HTMLDetailsElement>('[data-solution]')?.addEventListener('toggle', (e) => {
      if (!(e.currentTarget as HTMLDetailsElement).open) return;
      if (!this.solved) this.helped = true;
      this.explainAll(this.chosen());
    });
    this.querySelector('[data-try-it]')?.addEventListener(
      'click',
      (e) => void this.tryIt(e.currentTarget as HTMLButtonElement),
    );
    this.arrange(practiceSeed(this));
    startProgress();
    const lesson = lessonOfQuestion(this);
    const saved = lesson ? lessonOf($progress.get(), lesson).practice[this.dataset.question ?? ''] : undefined;
    if (saved && !inReview(this)) {
      const ids = saved.option.split(',');
      for (const input of this.querySelectorAll<HTMLInputElement>('input')) input.checked = ids.includes(input.value);
      this.check({ record: false });
    }
  }

  private arrange(seed: number): void {
    const list = this.querySelector<HTMLElement>('[data-options]');
    if (!list) return;
    for (const o of shownOrder(
      [...list.querySelectorAll<HTMLElement>('[data-option]')],
      seed,
      this.dataset.question ?? '',
    ))
      list.append(o);
  }

  private chosen(): string[] {
    return [...this.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  }

  private options(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-option]')];
  }

  /** Explain one option: its verdict in words and its note. */
  private explain(option: HTMLElement, picked: boolean): void {
    const isCorrect = option.dataset.correct === 'true';
    option.classList.toggle('is-correct', isCorrect);
    option.classList.toggle('is-wrong-pick', picked && !isCorrect);
    const verdict = option.querySelector<HTMLElement>('[data-verdict]');
    if (verdict)
      verdict.textContent = isCorrect
        ? picked
          ? '✓ Your answer, and it is right.'
          : '✓ A right answer.'
        : picked
          ? '✗ Your answer: not right, because…'
          : '✗ Not right, because…';
    const feedback = option.querySelector<HTMLElement>('[data-feedback]');
    if (feedback) feedback.hidden = false;
  }

  private hideAll(): void {
    for (const option of this.options()) {
      option.classList.remove('is-correct', 'is-wrong-pick');
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) feedback.hidden = true;
    }
  }

  private explainAll(chosen: readonly string[]): void {
    for (const option of this.options()) this.explain(option, chosen.includes(option.dataset.option ?? ''));
  }

  private check(options: { record?: boolean } = {}): void {
    const chosen = this.chosen();
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (chosen.length === 0) {
      if (result) result.textContent = 'Choose an answer first.';
      return;
    }
    const correct = this.options()
      .filter((o) => o.dataset.correct === 'true')
      .map((o) => o.dataset.option ?? '');
    const right = isRight(chosen, correct);
    if (right) this.solved = true;
    const solutionOpen = this.querySelector<HTMLDetailsElement>('[data-solution]')?.open ?? false;
    this.hideAll();
    if (right || solutionOpen) this.explainAll(chosen);
    else
      for (const option of this.options())
        if (chosen.includes(option.dataset.option ?? '') && option.dataset.correct !== 'true')
          this.explain(option, true);
    if (result)
      result.textContent = right
        ? '✓ Right! Every option now says why it is right or wrong.'
        : chosen.every((c) => correct.includes(c))
          ? '✗ Not quite: what you chose is right, but something is missing. Try again, or open a hint.'
          : '✗ Not quite: the note under your choice says why. Try again, or open a hint or the solution.';
    if (options.record !== false)
      recordPracticeAnswer(this, this.dataset.question ?? '', chosen.join(','), right, this.helped);
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
