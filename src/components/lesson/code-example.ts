// <code-example>: Run a lesson's Python example in the page's session and compare its output
// with the lesson's expected output (the shared matcher); Edit swaps the static code for the
// Monaco editor, loaded on that click only, with interpreter diagnostics as markers.
import { checkPython, runPython, warmUp } from '../../stores/session.ts';
import type { PythonRunOutcome } from '../../stores/session.ts';
import { $progress, lessonOf, markExampleMatched, startProgress, updateProgress } from '../../stores/progress.ts';
import { matchOutput } from '../../engine/transcript.ts';
import type { CodeEditor, Diagnostic } from '../editor/monaco.ts';
import { renderCheck } from './check-view.ts';
import { shownLines, tracebackPosition } from './python-output.ts';
import { stderrTones } from '../terminal/line-tone.ts';
import { revealResult } from './reveal.ts';

class CodeExampleElement extends HTMLElement {
  private code = '';
  private expected = '';
  private id_ = '';
  private lesson = '';
  private editor: CodeEditor | null = null;
  private editing = false;

  connectedCallback(): void {
    const data = JSON.parse(this.dataset.example ?? '{}') as { id?: string; code?: string; expected?: string };
    this.id_ = data.id ?? '';
    this.code = data.code ?? '';
    this.expected = data.expected ?? '';
    this.lesson = this.closest<HTMLElement>('[data-lesson]')?.dataset.lesson ?? '';
    const run = this.querySelector<HTMLButtonElement>('[data-run]');
    const edit = this.querySelector<HTMLButtonElement>('[data-edit]');
    if (run) {
      run.disabled = false;
      run.addEventListener('pointerenter', warmUp, { once: true });
      run.addEventListener('focus', warmUp, { once: true });
      run.addEventListener('click', () => void this.run(run));
    }
    // A returning learner sees which examples they already matched (the check itself restarts:
    // only runs made on this page count).
    startProgress();
    if (this.lesson && lessonOf($progress.get(), this.lesson).examplesMatched.includes(this.id_)) {
      renderCheck(this.querySelector<HTMLElement>('[data-check]') ?? this, {
        kind: 'pending',
        text: '✓ Matched on an earlier visit. Run it again to check your terminal now.',
      });
    }
    if (edit) {
      edit.disabled = false;
      edit.addEventListener('click', () => void this.toggleEditor(edit));
    }
  }

  disconnectedCallback(): void {
    this.editor?.dispose();
  }

  private source(): string {
    return this.editing && this.editor ? this.editor.getValue() : this.code;
  }

  private async run(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    this.status('');
    // On a phone the workspace sheet rises to a peek so the board's change is in view too.
    document.dispatchEvent(new CustomEvent('workspace:run'));
    try {
      const source = this.source();
      const filename = `${this.id_}.py`;
      const result = await runPython(source, filename);
      this.showOutput(result);
      this.compare(result, source === this.code);
      revealResult(this.querySelector<HTMLElement>('[data-output]'), this.check());
      if (this.editor) {
        // An exception's traceback names the line in this file: mark it in the editor.
        const at = result.exitCode !== 0 ? tracebackPosition(result.stderr, filename) : null;
        this.editor.setDiagnostics('run', at ? [{ line: at.line, column: 1, message: at.message }] : []);
      }
    } catch {
      renderCheck(this.check(), {
        kind: 'pending',
        text: 'The simulator could not be loaded. Reload the page to try again.',
      });
    } finally {
      button.disabled = false;
    }
  }

  private showOutput(result: PythonRunOutcome): void {
    const box = this.querySelector<HTMLElement>('[data-output]');
    const pre = this.querySelector<HTMLElement>('[data-output-text]');
    if (!box || !pre) return;
    box.hidden = false;
    const lines = shownLines(result);
    // The same tones as the terminal: a FutureWarning or an INFO log is not painted as an error.
    const tones = stderrTones(lines.map((l) => ({ kind: l.stream, tone: l.tone })));
    pre.replaceChildren(
      ...lines.map((l, i) => {
        const span = document.createElement('span');
        span.className = l.stream === 'stderr' ? `stderr-line tone-${tones[i] ?? 'error'}` : 'stdout-line';
        span.textContent = `${l.text}\n`;
        return span;
      }),
    );
    if (lines.length === 0) pre.textContent = '(no output)';
  }

  private compare(result: PythonRunOutcome, unchanged: boolean): void {
    const actual = shownLines(result).map((l) => l.text);
    const expected = this.expected.replace(/\n$/, '').split('\n');
    const match = matchOutput(expected, actual);
    if (match.ok) {
      renderCheck(this.check(), { kind: 'ok', text: 'Matches: the output is what the lesson expects.' });
      if (this.lesson && unchanged) updateProgress((p) => markExampleMatched(p, this.lesson, this.id_));
    } else {
      renderCheck(this.check(), {
        kind: 'bad',
        text: unchanged
          ? 'Differs from the lesson’s expected output.'
          : result.exitCode !== 0
            ? 'Your edited code stopped with an error: its last Output line says why, and the editor marks the line it points to.'
            : 'Your edited code prints something different from the lesson’s example (that may be what you intended).',
        diffFolded: !unchanged,
        note: unchanged
          ? 'The code ran on your session’s current registry; earlier commands change what it prints. Reset the terminal and run again to start from the lesson’s state.'
          : undefined,
        diff: match.diff,
      });
    }
  }

  private check(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-check]') ?? this;
  }

  /** The first syntax error in words under the editor: an underline alone needs a mouse hover or F8. */
  private showProblems(found: readonly Diagnostic[]): void {
    const el = this.querySelector<HTMLElement>('[data-editor-problems]');
    if (!el) return;
    const first = found[0];
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    el.textContent = first ? `✗ Line ${first.line}: ${first.message}${more}` : '';
  }

  private status(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-editor-status]');
    if (el) el.textContent = text;
  }

  private async toggleEditor(button: HTMLButtonElement): Promise<void> {
    const slot = this.querySelector<HTMLElement>('[data-editor-slot]');
    const staticCode = this.querySelector<HTMLElement>('[data-static-code]');
    const host = this.querySelector<HTMLElement>('[data-editor-host]');
    if (!slot || !staticCode || !host) return;
    if (this.editing) {
      this.editing = false;
      slot.hidden = true;
      staticCode.hidden = false;
      button.textContent = 'Edit';
      button.setAttribute('aria-expanded', 'false');
      this.status('Editor closed; Run uses the lesson’s code again.');
      return;
    }
    if (import.meta.env.SSR) return;
    button.disabled = true;
    this.status('Loading the editor…');
    try {
      if (!this.editor) {
        const { createEditor } = await import('../editor/monaco.ts');
        slot.hidden = false;
        // The engine checks the source in its worker: a long file never holds up typing.
        const check = async (source: string): Promise<void> => {
          const found: Diagnostic[] = (await checkPython(source).catch(() => [])).map((d) => ({
            line: d.line,
            column: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            message: d.message,
          }));
          this.editor?.setDiagnostics('syntax', found);
          this.showProblems(found);
        };
        let timer: ReturnType<typeof setTimeout> | undefined;
        this.editor = createEditor(host, {
          value: this.code,
          label: `Python editor for example ${this.id_}`,
          onRun: () => {
            const run = this.querySelector<HTMLButtonElement>('[data-run]');
            if (run) void this.run(run);
          },
          onChange: (source) => {
            clearTimeout(timer);
            timer = setTimeout(() => void check(source), 250);
          },
          onEscape: () => {
            this.querySelector<HTMLButtonElement>('[data-run]')?.focus();
            this.status('Left the editor: Run runs your edited code; Tab moves on.');
          },
        });
        void check(this.code);
      }
      this.editing = true;
      slot.hidden = false;
      staticCode.hidden = true;
      button.textContent = 'Close editor';
      button.setAttribute('aria-expanded', 'true');
      this.status('Editor ready: Run now runs your edited code.');
      this.editor.focus();
    } catch {
      this.status('The editor could not be loaded. The example still runs as shown.');
    } finally {
      button.disabled = false;
    }
  }
}

if (!customElements.get('code-example')) customElements.define('code-example', CodeExampleElement);
