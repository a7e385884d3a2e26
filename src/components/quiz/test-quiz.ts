// <test-quiz>: a 10-question test. Submit grades it (N/10), then every question shows the
// learner's answer, the right one and why each option is right or wrong. Retake draws the
// questions in a new order with shuffled options. Attempts and the best score are kept.
import { $progress, lessonOf, recordTest, startProgress, updateProgress } from '../../stores/progress.ts';
import { isRight, scoreText, shuffled } from './grading.ts';

export const TEST_LENGTH = 10;

class TestQuizElement extends HTMLElement {
  private active: HTMLElement[] = [];
  private confirmUnanswered = false;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const all = this.questions();
    this.active = all.slice(0, TEST_LENGTH);
    for (const q of all.slice(TEST_LENGTH)) q.hidden = true;
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.querySelector('[data-retake]')?.addEventListener('click', () => this.retake());
    startProgress();
    this.showRecord();
    $progress.listen(() => this.showRecord());
    // Any new choice after a warning about unanswered questions asks again.
    form?.addEventListener('change', () => {
      this.confirmUnanswered = false;
      this.setSubmitLabel('Submit');
    });
  }

  private lesson(): string {
    return this.dataset.lesson ?? '';
  }

  private questions(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-question]')];
  }

  private chosen(q: HTMLElement): string[] {
    return [...q.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  }

  private setSubmitLabel(text: string): void {
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) submit.textContent = text;
  }

  private submit(): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    const unanswered = this.active.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => this.chosen(q).length === 0);
    if (unanswered.length > 0 && !this.confirmUnanswered) {
      this.confirmUnanswered = true;
      if (status) {
        status.textContent = `Not answered yet: question${unanswered.length === 1 ? '' : 's'} ${unanswered.map((u) => u.n).join(', ')}. Unanswered questions count as wrong. Press “Submit anyway” to grade now.`;
      }
      this.setSubmitLabel('Submit anyway');
      return;
    }
    let score = 0;
    for (const q of this.active) {
      const chosen = this.chosen(q);
      const answer = (q.dataset.answer ?? '').split(',').filter(Boolean);
      const right = isRight(chosen, answer);
      if (right) score += 1;
      this.review(q, chosen, answer, right);
    }
    const total = this.active.length;
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-question] input')) input.disabled = true;
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) submit.hidden = true;
    const retake = this.querySelector<HTMLButtonElement>('[data-retake]');
    if (retake) retake.hidden = false;
    if (status) status.textContent = '';
    const lesson = this.lesson();
    if (lesson) updateProgress((p) => recordTest(p, lesson, score, total));
    const result = this.querySelector<HTMLElement>('[data-score]');
    if (result) {
      result.hidden = false;
      const heading = result.querySelector<HTMLElement>('[data-score-text]');
      if (heading) heading.textContent = `Your score: ${scoreText(score, total)}`;
      const words = result.querySelector<HTMLElement>('[data-score-words]');
      if (words) {
        words.textContent =
          score === total
            ? 'Every answer right. The review below still explains each option.'
            : `${total - score} to review: each question below shows your answer, the right one, and why.`;
      }
      heading?.focus();
    }
  }

  private review(q: HTMLElement, chosen: string[], answer: string[], right: boolean): void {
    const label = (id: string): string => {
      const option = q.querySelector<HTMLElement>(`[data-option="${CSS.escape(id)}"]`);
      const letter = this.letterOf(q, id);
      return `${letter}) ${option?.querySelector('label')?.textContent?.trim() ?? id}`;
    };
    for (const option of q.querySelectorAll<HTMLElement>('[data-option]')) {
      const id = option.dataset.option ?? '';
      const isCorrect = option.dataset.correct === 'true';
      const picked = chosen.includes(id);
      option.classList.toggle('is-correct', isCorrect);
      option.classList.toggle('is-wrong-pick', picked && !isCorrect);
      const verdict = option.querySelector<HTMLElement>('[data-verdict]');
      if (verdict) {
        verdict.textContent = isCorrect
          ? picked
            ? '✓ Your answer: right.'
            : '✓ The right answer.'
          : picked
            ? '✗ Your answer: wrong, because…'
            : '✗ Wrong, because…';
      }
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) feedback.hidden = false;
    }
    const box = q.querySelector<HTMLElement>('[data-review]');
    if (!box) return;
    box.hidden = false;
    // Named by the number the learner sees (it changes on a retake), not the question's id.
    const number = q.querySelector<HTMLElement>('[data-number]')?.textContent?.trim();
    if (number) box.setAttribute('aria-label', `Review of ${number.toLowerCase()}`);
    const set = (sel: string, text: string): void => {
      const el = box.querySelector<HTMLElement>(sel);
      if (el) el.textContent = text;
    };
    set('[data-review-verdict]', right ? '✓ Right' : chosen.length === 0 ? '✗ Not answered' : '✗ Wrong');
    set('[data-review-yours]', `Your answer: ${chosen.length === 0 ? 'none' : chosen.map(label).join('; ')}`);
    set('[data-review-right]', `Right answer: ${answer.map(label).join('; ')}`);
  }

  private letterOf(q: HTMLElement, id: string): string {
    const ids = [...q.querySelectorAll<HTMLElement>('[data-option]')].map((o) => o.dataset.option);
    return String.fromCharCode(65 + Math.max(0, ids.indexOf(id)));
  }

  private retake(): void {
    const list = this.querySelector<HTMLElement>('[data-question-list]');
    if (!list) return;
    const drawn = shuffled(this.questions()).slice(0, TEST_LENGTH);
    for (const q of this.questions()) q.hidden = !drawn.includes(q);
    drawn.forEach((q, i) => {
      list.append(q);
      const number = q.querySelector<HTMLElement>('[data-number]');
      if (number) number.textContent = `Question ${i + 1}`;
      const options = q.querySelector<HTMLElement>('[data-options]');
      if (options)
        for (const o of shuffled([...options.querySelectorAll<HTMLElement>('[data-option]')])) options.append(o);
      for (const input of q.querySelectorAll<HTMLInputElement>('input')) {
        input.checked = false;
        input.disabled = false;
      }
      for (const o of q.querySelectorAll<HTMLElement>('[data-option]'))
        o.classList.remove('is-correct', 'is-wrong-pick');
      for (const f of q.querySelectorAll<HTMLElement>('[data-feedback]')) f.hidden = true;
      const review = q.querySelector<HTMLElement>('[data-review]');
      if (review) review.hidden = true;
    });
    this.active = drawn;
    this.confirmUnanswered = false;
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) {
      submit.hidden = false;
      submit.textContent = 'Submit';
    }
    const retake = this.querySelector<HTMLButtonElement>('[data-retake]');
    if (retake) retake.hidden = true;
    const score = this.querySelector<HTMLElement>('[data-score]');
    if (score) score.hidden = true;
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = 'New attempt: questions and options are in a new order.';
    const first = drawn[0]?.querySelector<HTMLElement>('legend');
    first?.setAttribute('tabindex', '-1');
    first?.focus();
  }

  private showRecord(): void {
    const el = this.querySelector<HTMLElement>('[data-record]');
    if (!el) return;
    const p = lessonOf($progress.get(), this.lesson());
    el.textContent =
      p.testAttempts === 0
        ? 'No attempts yet.'
        : `Attempts: ${p.testAttempts} · Best score: ${scoreText(p.bestScore ?? 0, p.testTotal ?? TEST_LENGTH)}`;
  }
}

if (!customElements.get('test-quiz')) customElements.define('test-quiz', TestQuizElement);
