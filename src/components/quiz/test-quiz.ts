// <test-quiz>: a test attempt of 10 questions drawn from the lesson's pool (the mix of
// src/schemas/test-pool.ts, questions not yet met first), with every question's options, and an
// order question's steps, shuffled by a seed stored with the attempt: a reload shows the same
// questions, the same order and the answers given so far. Submit grades it (a typed command is
// run through the engine), then shows the score first, a list jumping to each missed question,
// past attempts, and the review under every question. Retake draws a new attempt.
import {
  $progress,
  gradeAttempt,
  lessonOf,
  saveAnswer,
  startAttempt,
  startProgress,
  updateProgress,
  type Attempt,
} from '../../stores/progress.ts';
import { reviewAnswer } from '../../stores/review.ts';
import type { CommandQuestionElement } from './command-question.ts';
import { drawTest, newSeed, shownOrder, type PoolQuestion } from './draw.ts';
import { isRight, scoreText } from './grading.ts';
import type { OrderQuestionElement } from './order-question.ts';
import { resultWords } from './result-words.ts';
import './command-question.ts';
import './order-question.ts';

class TestQuizElement extends HTMLElement {
  private confirmUnanswered = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const form = this.querySelector('form');
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.querySelector('[data-retake]')?.addEventListener('click', () => this.retake());
    // Every answer is kept as it is given, so a reload loses nothing.
    form?.addEventListener('change', (e) => {
      this.confirmUnanswered = false;
      this.setSubmitLabel('Submit');
      this.keep(e.target as HTMLElement);
    });
    // Typed answers are kept keystroke by keystroke (one small localStorage write each).
    form?.addEventListener('input', (e) => this.keep(e.target as HTMLElement));
    this.querySelector('[data-missed]')?.addEventListener('click', (e) => {
      const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#"]');
      const target = link ? document.getElementById(link.hash.slice(1)) : null;
      const heading = target?.querySelector<HTMLElement>('[data-number]');
      if (!heading) return;
      e.preventDefault();
      target?.scrollIntoView({ block: 'start' });
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
    startProgress();
    this.showRecord();
    $progress.listen(() => this.showRecord());
    const current = this.lessonProgress().attempt;
    const usable = current && current.questions.every((id) => this.byId().has(id)) && current.questions.length > 0;
    this.show(usable ? current : this.newAttempt());
  }

  private lesson(): string {
    return this.dataset.lesson ?? '';
  }

  private lessonProgress() {
    return lessonOf($progress.get(), this.lesson());
  }

  private pool(): PoolQuestion[] {
    return this.all().map((q) => ({
      id: q.dataset.question ?? '',
      difficulty: q.dataset.difficulty as PoolQuestion['difficulty'],
    }));
  }

  private all(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-question-list] > [data-question]')];
  }

  private byId(): Map<string, HTMLElement> {
    return new Map(this.all().map((q) => [q.dataset.question ?? '', q]));
  }

  private active(): HTMLElement[] {
    const ids = this.lessonProgress().attempt?.questions ?? [];
    const map = this.byId();
    return ids.map((id) => map.get(id)).filter((q): q is HTMLElement => q !== undefined);
  }

  private newAttempt(): Attempt {
    const seed = newSeed();
    const questions = drawTest(this.pool(), new Set(this.lessonProgress().seen ?? []), seed);
    const p = updateProgress((p) => startAttempt(p, this.lesson(), seed, questions));
    return lessonOf(p, this.lesson()).attempt as Attempt;
  }

  private answerOf(q: HTMLElement): string {
    if (q.dataset.kind === 'command') return (q as CommandQuestionElement).answer();
    if (q.dataset.kind === 'order') return (q as OrderQuestionElement).answer();
    return [...q.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value).join(',');
  }

  private keep(target: HTMLElement): void {
    const q = target.closest<HTMLElement>('[data-question]');
    if (!q || this.lessonProgress().attempt?.graded) return;
    const id = q.dataset.question ?? '';
    const answer = this.answerOf(q);
    updateProgress((p) => saveAnswer(p, this.lesson(), id, answer));
  }

  /** Lay an attempt out: its questions in order, numbered, options and steps by its seed, answers back in place. */
  private show(attempt: Attempt): void {
    const list = this.querySelector<HTMLElement>('[data-question-list]');
    if (!list) return;
    const map = this.byId();
    // Questions not in this attempt are hidden and wiped, so nothing of an old attempt lingers.
    for (const [id, q] of map) {
      q.hidden = true;
      if (attempt.questions.includes(id)) continue;
      this.reset(q);
      if (q.dataset.kind === 'command') (q as CommandQuestionElement).restore('');
      for (const input of q.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    }
    attempt.questions.forEach((id, i) => {
      const q = map.get(id);
      if (!q) return;
      q.hidden = false;
      list.append(q);
      const number = q.querySelector<HTMLElement>('[data-number]');
      if (number) number.textContent = `Question ${i + 1} of ${attempt.questions.length}`;
      this.reset(q);
      const answer = attempt.answers[id];
      if (q.dataset.kind === 'order') {
        const el = q as OrderQuestionElement;
        el.arrange(attempt.seed);
        if (answer) el.restore(answer);
      } else if (q.dataset.kind === 'command') {
        if (answer) (q as CommandQuestionElement).restore(answer);
      } else {
        const options = q.querySelector<HTMLElement>('[data-options]');
        if (options)
          for (const o of shownOrder([...options.querySelectorAll<HTMLElement>('[data-option]')], attempt.seed, id))
            options.append(o);
        const chosen = (answer ?? '').split(',');
        for (const input of q.querySelectorAll<HTMLInputElement>('input')) input.checked = chosen.includes(input.value);
      }
    });
    const total = this.querySelector<HTMLElement>('[data-total]');
    if (total) total.textContent = String(attempt.questions.length);
    if (attempt.graded) void this.showResults(attempt, false);
    else this.showForm();
  }

  private reset(q: HTMLElement): void {
    if (q.dataset.kind === 'command') (q as CommandQuestionElement).clear();
    else if (q.dataset.kind === 'order') (q as OrderQuestionElement).clear();
    else {
      for (const input of q.querySelectorAll<HTMLInputElement>('input')) input.disabled = false;
      for (const o of q.querySelectorAll<HTMLElement>('[data-option]'))
        o.classList.remove('is-correct', 'is-wrong-pick');
      for (const f of q.querySelectorAll<HTMLElement>('[data-feedback]')) f.hidden = true;
      const review = q.querySelector<HTMLElement>('[data-review]');
      if (review) review.hidden = true;
    }
  }

  private setSubmitLabel(text: string): void {
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) submit.textContent = text;
  }

  private status(text: string): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = text;
  }

  private async submit(): Promise<void> {
    const active = this.active();
    const unanswered = active.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => this.answerOf(q).trim() === '');
    if (unanswered.length > 0 && !this.confirmUnanswered) {
      this.confirmUnanswered = true;
      this.status(
        `Not answered yet: question${unanswered.length === 1 ? '' : 's'} ${unanswered.map((u) => u.n).join(', ')}. Unanswered questions count as wrong. Press “Submit anyway” to grade now.`,
      );
      this.setSubmitLabel('Submit anyway');
      return;
    }
    for (const q of active) this.keep(q);
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) submit.disabled = true;
    this.status('Grading: typed answers are being run…');
    const graded: Record<string, boolean> = {};
    for (const q of active) graded[q.dataset.question ?? ''] = await this.isRight(q);
    if (submit) submit.disabled = false;
    const now = Date.now();
    const lesson = this.lesson();
    const p = updateProgress((p) => {
      let next = gradeAttempt(p, lesson, graded, now);
      for (const [id, right] of Object.entries(graded))
        next = reviewAnswer(next, lesson, id, right ? 'right' : 'wrong', now);
      return next;
    });
    const attempt = lessonOf(p, lesson).attempt;
    if (attempt) await this.showResults(attempt, true);
  }

  private async isRight(q: HTMLElement): Promise<boolean> {
    if (q.dataset.kind === 'order') return (q as OrderQuestionElement).grade();
    if (q.dataset.kind === 'command') {
      try {
        return (await (q as CommandQuestionElement).grade()).right;
      } catch {
        return false;
      }
    }
    const answer = (q.dataset.answer ?? '').split(',').filter(Boolean);
    return isRight(this.answerOf(q).split(',').filter(Boolean), answer);
  }

  private showForm(): void {
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) {
      submit.hidden = false;
      submit.textContent = 'Submit';
    }
    const retake = this.querySelector<HTMLButtonElement>('[data-retake]');
    if (retake) retake.hidden = true;
    const score = this.querySelector<HTMLElement>('[data-score]');
    if (score) score.hidden = true;
  }

  /** The score first, the missed questions as links, past attempts; then each question's review. */
  private async showResults(attempt: Attempt, focus: boolean): Promise<void> {
    const graded = attempt.graded ?? {};
    const active = this.active();
    const total = active.length;
    const score = active.filter((q) => graded[q.dataset.question ?? '']).length;
    for (const q of active) await this.review(q, graded[q.dataset.question ?? ''] === true);
    const submit = this.querySelector<HTMLButtonElement>('[data-submit]');
    if (submit) submit.hidden = true;
    const retake = this.querySelector<HTMLButtonElement>('[data-retake]');
    if (retake) retake.hidden = false;
    this.status('');
    const box = this.querySelector<HTMLElement>('[data-score]');
    if (!box) return;
    box.hidden = false;
    const heading = box.querySelector<HTMLElement>('[data-score-text]');
    if (heading) heading.textContent = `Your score: ${scoreText(score, total)}`;
    const words = box.querySelector<HTMLElement>('[data-score-words]');
    if (words) words.textContent = resultWords(score, total);
    const missed = active.filter((q) => !graded[q.dataset.question ?? '']);
    const list = box.querySelector<HTMLElement>('[data-missed]');
    if (list) {
      list.hidden = missed.length === 0;
      const ul = list.querySelector('ul');
      ul?.replaceChildren(
        ...missed.map((q) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `#${q.id}`;
          const n = active.indexOf(q) + 1;
          const prompt = q.querySelector('.prompt, .legend-prompt')?.textContent?.trim() ?? '';
          a.textContent = `Question ${n}: ${prompt.length > 90 ? `${prompt.slice(0, 87)}…` : prompt}`;
          li.append(a);
          return li;
        }),
      );
    }
    this.showHistory();
    if (focus) heading?.focus();
  }

  private async review(q: HTMLElement, right: boolean): Promise<void> {
    if (q.dataset.kind === 'command') {
      const el = q as CommandQuestionElement;
      el.lock(true);
      const result = q.querySelector<HTMLElement>('[data-result]');
      if (result) result.textContent = right ? '✓ Right' : el.answer().trim() === '' ? '✗ Not answered' : '✗ Wrong';
      try {
        el.show(await el.grade(), true);
      } catch {
        // The verdict above stands; only the engine's output is missing.
      }
      return;
    }
    if (q.dataset.kind === 'order') {
      const el = q as OrderQuestionElement;
      el.lock(true);
      el.reveal(true);
      const result = q.querySelector<HTMLElement>('[data-result]');
      if (result) result.textContent = right ? '✓ Right' : '✗ Wrong';
      return;
    }
    const chosen = this.answerOf(q).split(',').filter(Boolean);
    const answer = (q.dataset.answer ?? '').split(',').filter(Boolean);
    for (const input of q.querySelectorAll<HTMLInputElement>('input')) input.disabled = true;
    const letterOf = (id: string): string => {
      const ids = [...q.querySelectorAll<HTMLElement>('[data-option]')].map((o) => o.dataset.option);
      return String.fromCharCode(65 + Math.max(0, ids.indexOf(id)));
    };
    const label = (id: string): string => {
      const option = q.querySelector<HTMLElement>(`[data-option="${CSS.escape(id)}"]`);
      return `${letterOf(id)}) ${option?.querySelector('label')?.textContent?.trim() ?? id}`;
    };
    for (const option of q.querySelectorAll<HTMLElement>('[data-option]')) {
      const id = option.dataset.option ?? '';
      const isCorrect = option.dataset.correct === 'true';
      const picked = chosen.includes(id);
      option.classList.toggle('is-correct', isCorrect);
      option.classList.toggle('is-wrong-pick', picked && !isCorrect);
      const verdict = option.querySelector<HTMLElement>('[data-verdict]');
      if (verdict)
        verdict.textContent = isCorrect
          ? picked
            ? '✓ Your answer: right.'
            : '✓ The right answer.'
          : picked
            ? '✗ Your answer: wrong, because…'
            : '✗ Wrong, because…';
      const feedback = option.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) feedback.hidden = false;
    }
    const box = q.querySelector<HTMLElement>('[data-review]');
    if (!box) return;
    box.hidden = false;
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

  private retake(): void {
    const attempt = this.newAttempt();
    this.confirmUnanswered = false;
    this.show(attempt);
    this.status('New attempt: new questions where the pool has them, and every option in a new order.');
    const first = this.active()[0]?.querySelector<HTMLElement>('[data-number]');
    first?.setAttribute('tabindex', '-1');
    first?.focus();
  }

  private showHistory(): void {
    const list = this.querySelector<HTMLElement>('[data-history]');
    if (!list) return;
    const history = this.lessonProgress().history ?? [];
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    list.replaceChildren(
      ...history
        .map((h, i) => {
          const li = document.createElement('li');
          li.textContent = `Attempt ${i + 1}, ${when.format(new Date(h.at))}: ${scoreText(h.score, h.total)}`;
          return li;
        })
        .reverse(),
    );
  }

  private showRecord(): void {
    const el = this.querySelector<HTMLElement>('[data-record]');
    if (!el) return;
    const p = this.lessonProgress();
    el.textContent =
      p.testAttempts === 0
        ? 'No attempts yet.'
        : `Attempts: ${p.testAttempts} · Best score: ${scoreText(p.bestScore ?? 0, p.testTotal ?? 10)}`;
  }
}

if (!customElements.get('test-quiz')) customElements.define('test-quiz', TestQuizElement);
