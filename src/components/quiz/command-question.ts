// <command-question>: the learner types a command or a few Python lines; "Run and check" (in
// practice) or Submit (in the test) runs them through the engine from the question's scenario.
// Right when the registry meets the goal or the output matches; a wrong answer is shown what the
// engine printed and which goal checks failed, and the model answer only once the learner is
// right or opens the solution.
import type { TypedAnswerOutcome } from '../../engine/typed-answer.ts';
import { $progress, lessonOf, startProgress } from '../../stores/progress.ts';
import { lessonOfQuestion, inReview, recordPracticeAnswer, wireHints } from './practice-record.ts';
import { gradeCommand, wrongReasons, type CommandSpec } from './run-answer.ts';

export class CommandQuestionElement extends HTMLElement {
  private helped = false;
  private solved = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    if (this.dataset.mode !== 'practice') return;
    this.querySelector('[data-check-answer]')?.addEventListener('click', () => void this.check());
    wireHints(this, () => {
      if (!this.solved) this.helped = true;
    });
    this.querySelector<HTMLDetailsElement>('[data-solution]')?.addEventListener('toggle', (e) => {
      if ((e.currentTarget as HTMLDetailsElement).open && !this.solved) this.helped = true;
    });
    // Ctrl+Enter checks, as in a code editor; Enter alone is a new line.
    this.box()?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.check();
      }
    });
    startProgress();
    const lesson = lessonOfQuestion(this);
    const saved = lesson ? lessonOf($progress.get(), lesson).practice[this.dataset.question ?? ''] : undefined;
    if (saved && !inReview(this)) {
      this.restore(saved.option);
      void this.check({ record: false });
    }
  }

  private box(): HTMLTextAreaElement | null {
    return this.querySelector<HTMLTextAreaElement>('[data-typed]');
  }

  private spec(): CommandSpec {
    return JSON.parse(this.querySelector('[data-spec]')?.textContent ?? '{}') as CommandSpec;
  }

  answer(): string {
    return this.box()?.value ?? '';
  }

  restore(answer: string): void {
    const box = this.box();
    if (box) box.value = answer;
  }

  lock(locked: boolean): void {
    const box = this.box();
    if (box) box.readOnly = locked;
  }

  async grade(): Promise<TypedAnswerOutcome> {
    return gradeCommand(this.spec(), this.answer());
  }

  /** Show an outcome: the verdict, and for a wrong answer the engine's output and the failed checks. */
  show(outcome: TypedAnswerOutcome, revealKey: boolean): void {
    const report = this.querySelector<HTMLElement>('[data-report]');
    const output = this.querySelector<HTMLElement>('[data-output]');
    const failed = this.querySelector<HTMLElement>('[data-failed]');
    if (report && output && failed) {
      report.hidden = outcome.empty;
      output.textContent = outcome.output.length ? outcome.output.join('\n') : '(nothing)';
      failed.replaceChildren(
        ...(outcome.right ? [] : wrongReasons(outcome)).map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
    }
    const key = this.querySelector<HTMLElement>('[data-key]');
    if (key) key.hidden = !revealKey;
    this.classList.toggle('is-right', outcome.right);
    this.classList.toggle('is-wrong', !outcome.right);
  }

  clear(): void {
    this.restore('');
    this.lock(false);
    const report = this.querySelector<HTMLElement>('[data-report]');
    if (report) report.hidden = true;
    const key = this.querySelector<HTMLElement>('[data-key]');
    if (key) key.hidden = true;
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result) result.textContent = '';
    this.classList.remove('is-right', 'is-wrong');
  }

  private async check(options: { record?: boolean } = {}): Promise<void> {
    const result = this.querySelector<HTMLElement>('[data-result]');
    const answer = this.answer();
    if (answer.trim() === '') {
      if (result) result.textContent = 'Type your answer first.';
      return;
    }
    if (result) result.textContent = 'Running it…';
    let outcome: TypedAnswerOutcome;
    try {
      outcome = await this.grade();
    } catch {
      if (result) result.textContent = 'The simulator could not run this answer. Reload the page and try again.';
      return;
    }
    if (outcome.right) this.solved = true;
    const solutionOpen = this.querySelector<HTMLDetailsElement>('[data-solution]')?.open ?? false;
    this.show(outcome, outcome.right || solutionOpen);
    if (result)
      result.textContent = outcome.right
        ? '✓ Right: the registry is now as the question asks.'
        : '✗ Not yet. Below is what the simulator printed and what is still not as asked. Change your answer and run it again, or open a hint.';
    if (options.record !== false)
      recordPracticeAnswer(this, this.dataset.question ?? '', answer, outcome.right, this.helped);
  }
}

if (!customElements.get('command-question')) customElements.define('command-question', CommandQuestionElement);
