// <terminal-example>: the live check of one lesson transcript. It listens to every command the
// page's session runs (typed in the terminal or sent by "Run in terminal") and compares the
// output of each command the transcript contains with what the lesson expects, using the
// shared matcher (src/engine/transcript.ts), so the page agrees with `npm run check:content`.
import { $lastRun, $mode, runLines, warmUp } from '../../stores/session.ts';
import type { RunEvent } from '../../stores/session.ts';
import { $progress, lessonOf, markExampleMatched, startProgress, updateProgress } from '../../stores/progress.ts';
import { matchOutput, outputLines, parseTranscript } from '../../engine/transcript.ts';
import type { Bindings, MatchResult, Step } from '../../engine/transcript.ts';
import { renderCheck } from './check-view.ts';
import { stderrTones } from '../terminal/line-tone.ts';
import { revealResult } from './reveal.ts';

/** Compare inputs the way a learner thinks of them: spacing between words does not matter. */
export function sameCommand(a: string, b: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ');
  return norm(a) === norm(b);
}

class TerminalExampleElement extends HTMLElement {
  private steps: Step[] = [];
  private results = new Map<number, MatchResult>();
  /** Run pressed and its commands still running (their output is shown together at the end). */
  private running = false;
  private id_ = '';
  private lesson = '';
  private lastSeq = 0;
  private unsubscribe: (() => void) | null = null;
  /** The runs of this example's commands since Run was pressed, shown under the example. */
  private runs: RunEvent[] = [];

  connectedCallback(): void {
    const data = JSON.parse(this.dataset.example ?? '{}') as { id?: string; transcript?: string };
    this.id_ = data.id ?? '';
    this.lesson = this.closest<HTMLElement>('[data-lesson]')?.dataset.lesson ?? '';
    this.steps = parseTranscript(data.transcript ?? '');
    const button = this.querySelector<HTMLButtonElement>('[data-run]');
    if (button) {
      button.disabled = false;
      button.addEventListener('pointerenter', warmUp, { once: true });
      button.addEventListener('focus', warmUp, { once: true });
      button.addEventListener('click', () => void this.runAll(button));
    }
    // "type it yourself": on a phone the terminal is below the whole lesson; take the learner
    // (and the keyboard focus) to its input, which is beside the text on wide screens anyway.
    this.querySelector('[data-focus-terminal]')?.addEventListener('click', (e) => {
      const input = document.querySelector<HTMLInputElement>('.terminal-input');
      if (!input) return;
      e.preventDefault();
      // On a phone the terminal lives in a bottom sheet: raise it first (Workspace.astro).
      document.dispatchEvent(new CustomEvent('workspace:open'));
      input.focus();
    });
    // A returning learner sees which examples they already matched (the check itself restarts:
    // only runs made on this page count).
    startProgress();
    if (this.lesson && lessonOf($progress.get(), this.lesson).examplesMatched.includes(this.id_)) {
      renderCheck(this.querySelector<HTMLElement>('[data-check]') ?? this, {
        kind: 'pending',
        text: '✓ Matched on an earlier visit. Run it again to check your terminal now.',
      });
    }
    // Only commands run after the page loaded count (not an old run restored from storage).
    this.lastSeq = $lastRun.get()?.seq ?? 0;
    this.unsubscribe = $lastRun.listen((run) => {
      if (run && run.seq > this.lastSeq) {
        this.lastSeq = run.seq;
        this.observe(run);
      }
    });
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
  }

  private async runAll(button: HTMLButtonElement): Promise<void> {
    // Shell commands typed into the Python REPL are SyntaxErrors, and the check would wait for
    // a `$ ` prompt forever: say how to get back instead of running them there.
    const first = this.steps[0];
    if (first?.prompt === '$ ' && $mode.get() === 'python') {
      this.show({
        kind: 'pending',
        text: 'The terminal is running Python (>>>). Leave it with exit() or Ctrl+D, then press Run in terminal again.',
      });
      return;
    }
    button.disabled = true;
    this.results.clear();
    this.runs = [];
    this.running = true;
    this.show({ kind: 'pending', text: 'Running in the terminal…' });
    document.dispatchEvent(new CustomEvent('workspace:run'));
    try {
      await runLines(this.steps.map((s) => s.input));
      this.running = false;
      this.showOutput();
      if (this.results.size === 0)
        this.show({
          kind: 'pending',
          text: 'Not checked: the terminal did not run these commands at their prompt. Reset the terminal and try again.',
        });
    } catch {
      this.show({ kind: 'pending', text: 'The simulator could not be loaded. Reload the page to try again.' });
    } finally {
      this.running = false;
      button.disabled = false;
    }
  }

  /**
   * A command finished somewhere on the page: is it one of ours? The first of our steps with
   * that input (at that prompt) not yet matched takes it; a re-run of a matched one re-checks it.
   */
  private observe(run: RunEvent): void {
    const candidates = this.steps
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => sameCommand(s.input, run.input) && s.prompt === run.prompt)
      .map(({ i }) => i);
    if (candidates.length === 0) return;
    const index = candidates.find((i) => this.results.get(i)?.ok !== true) ?? candidates[candidates.length - 1];
    const step = index === undefined ? undefined : this.steps[index];
    if (index === undefined || !step) return;
    // A command typed in the terminal shows its own output here; Run's commands show together.
    if (this.running) this.runs.push(run);
    else this.runs = [run];
    const actual = outputLines(run.lines);
    this.results.set(index, matchOutput(step.expected, actual, this.bindingsBefore(index)));
    this.report();
    if (!this.running) this.showOutput();
  }

  private bindingsBefore(index: number): Bindings {
    let bound: Bindings = {};
    for (let i = 0; i < index; i++) {
      const r = this.results.get(i);
      if (r?.ok) bound = { ...bound, ...r.bindings };
    }
    return bound;
  }

  private report(): void {
    const total = this.steps.length;
    const checked = [...this.results.entries()].sort((a, b) => a[0] - b[0]);
    const failed = checked.find(([, r]) => !r.ok);
    if (failed) {
      const [i] = failed;
      const step = this.steps[i];
      this.show({
        kind: 'bad',
        text: `Differs: the output of “${step?.input ?? ''}” is not what the lesson expects.`,
        note: 'Lines marked “expected” are the lesson’s; lines marked “printed” are what your terminal printed. A different starting state (an earlier step skipped, or extra changes) is the usual cause: Reset the terminal and run the lesson’s commands in order.',
        diff: failed[1].diff,
      });
      return;
    }
    const done = checked.length;
    if (done < total) {
      this.show({ kind: 'pending', text: `${done} of ${total} commands match so far.` });
      return;
    }
    this.show({
      kind: 'ok',
      text:
        total === 1
          ? 'Matches: the terminal printed what the lesson expects.'
          : `Matches: all ${total} commands printed what the lesson expects.`,
    });
    if (this.lesson) updateProgress((p) => markExampleMatched(p, this.lesson, this.id_));
  }

  /**
   * The terminal's own lines for this example's commands, under the example: on a phone the
   * terminal is in a sheet, and the learner should see what happened where they pressed Run.
   */
  private showOutput(): void {
    const box = this.querySelector<HTMLElement>('[data-output]');
    const pre = this.querySelector<HTMLElement>('[data-output-text]');
    if (!box || !pre || this.runs.length === 0) return;
    const rows: HTMLElement[] = [];
    for (const run of this.runs) {
      const head = document.createElement('span');
      head.className = 'prompt-line';
      head.textContent = `${run.prompt}${run.input}\n`;
      rows.push(head);
      const tones = stderrTones(run.lines.map((l) => ({ kind: l.stream, text: l.text })));
      run.lines.forEach((l, i) => {
        const span = document.createElement('span');
        span.className = l.stream === 'stderr' ? `stderr-line tone-${tones[i] ?? 'error'}` : 'stdout-line';
        span.textContent = `${l.text}\n`;
        rows.push(span);
      });
    }
    pre.replaceChildren(...rows);
    box.hidden = false;
    pre.scrollTop = pre.scrollHeight;
    revealResult(box, this.querySelector<HTMLElement>('[data-check]'));
  }

  private show(state: Parameters<typeof renderCheck>[1]): void {
    const target = this.querySelector<HTMLElement>('[data-check]');
    if (target) renderCheck(target, state);
  }
}

if (!customElements.get('terminal-example')) customElements.define('terminal-example', TerminalExampleElement);
