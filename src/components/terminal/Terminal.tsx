// The simulated terminal: a DOM log (role="log") and a labelled text input, not a canvas, so
// screen readers, copy/paste, zoom and mobile keyboards all work. It holds no logic of its own:
// every key that does something calls the page's session store.
import { useStore } from '@nanostores/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { RegistryState } from '../../engine/registry/types.ts';
import {
  $engine,
  $foreground,
  $history,
  $lines,
  $notice,
  $prompt,
  $strict,
  clearScreen,
  complete,
  configureSession,
  dismissNotice,
  eof,
  exportWithThisPage,
  interrupt,
  resetSession,
  runLine,
  runLines,
  screenText,
  setStrict,
  transcriptText,
  warmUp,
} from '../../stores/session.ts';
import { $saveProblem, SAVE_REFUSED_NOTICE } from '../../stores/save-problem.ts';
import { $progressNotice, startProgress } from '../../stores/progress.ts';
import { summarizeRun } from './announce.ts';
import { stderrTones } from './line-tone.ts';
import type { StderrTone } from './line-tone.ts';
import { deleteWordBefore, applyCompletion, commonPrefix } from './editing.ts';
import './terminal.css';

interface Props {
  lesson: string;
  scenario: RegistryState;
  /** Visible heading of the panel. */
  title?: string;
  /** What the empty screen suggests doing first (pages without lesson examples say so). */
  emptyHint?: string;
}

const LESSON_HINT = 'Type a command (try mlflow --help), or press Run in terminal on a lesson example.';

export default function Terminal({ lesson, scenario, title = 'Terminal', emptyHint = LESSON_HINT }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    configureSession(lesson, scenario);
    setReady(true);
  }, [lesson, scenario]);

  const lines = useStore($lines);
  const prompt = useStore($prompt);
  const history = useStore($history);
  const strict = useStore($strict);
  const notice = useStore($notice);
  const saveProblem = useStore($saveProblem);
  const progressNotice = useStore($progressNotice);
  // The learner's progress is read on every page with a terminal, so a damaged copy is said here.
  useEffect(() => startProgress(), []);
  const engine = useStore($engine);
  const foreground = useStore($foreground);

  const [value, setValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState('');
  const [completionList, setCompletionList] = useState('');
  useEffect(() => setCompletionList(''), [lines]);
  // Position while browsing history: history.length means "the line being typed".
  const historyIndex = useRef<number | null>(null);
  const draft = useRef('');
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const ids = useId();

  // Follow the newest line, also when the restored screen first appears after a reload (ready).
  useEffect(() => {
    const el = log.current;
    if (el && ready) el.scrollTop = el.scrollHeight;
  }, [lines, ready]);

  const shown = ready ? lines : [];
  const tones = stderrTones(shown);

  async function submit(line: string): Promise<void> {
    setValue('');
    historyIndex.current = null;
    try {
      const result = await runLine(line);
      setAnnouncement(summarizeRun(result));
    } catch {
      setAnnouncement('The simulator could not be loaded. Reload the page to try again.');
    }
  }

  async function downloadProgress(): Promise<void> {
    const file = await exportWithThisPage(new Date());
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setAnnouncement(`Progress exported as ${file.name}, including this page as it is now.`);
  }

  function setCursor(pos: number): void {
    requestAnimationFrame(() => input.current?.setSelectionRange(pos, pos));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    const el = e.currentTarget;
    const cursor = el.selectionStart ?? value.length;
    const ctrl = e.ctrlKey && !e.altKey && !e.metaKey;
    if (e.key === 'Enter') {
      e.preventDefault();
      void submit(value);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      if (history.length === 0) return;
      e.preventDefault();
      const current = historyIndex.current ?? history.length;
      if (historyIndex.current === null) draft.current = value;
      const next = e.key === 'ArrowUp' ? Math.max(0, current - 1) : Math.min(history.length, current + 1);
      historyIndex.current = next;
      const text = next === history.length ? draft.current : (history[next] ?? '');
      setValue(text);
      setCursor(text.length);
    } else if (e.key === 'Tab' && !e.shiftKey && value.trim() !== '') {
      // Tab completes what is typed; on an empty line it moves focus on as everywhere else on
      // the page, and Shift+Tab always leaves: keyboard users are never trapped.
      e.preventDefault();
      void complete(value, cursor).then(({ from, candidates }) => {
        if (candidates.length === 0) {
          setAnnouncement('No completions');
          return;
        }
        const prefix = candidates.length === 1 ? (candidates[0] ?? '') : commonPrefix(candidates);
        const done = applyCompletion(value, cursor, from, prefix, candidates.length === 1);
        setValue(done.text);
        setCursor(done.cursor);
        if (candidates.length > 1) {
          setAnnouncement(`${candidates.length} completions: ${candidates.join(', ')}`);
          showCompletions(value.slice(0, from), candidates);
        }
      });
    } else if (ctrl && e.key.toLowerCase() === 'c') {
      // Ctrl+C with a selection is "copy", as a learner expects; otherwise it interrupts.
      if (el.selectionStart !== el.selectionEnd) return;
      e.preventDefault();
      setValue('');
      historyIndex.current = null;
      void interrupt(value).then(() => setAnnouncement('Interrupted'));
    } else if (ctrl && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      clearScreen();
      setAnnouncement('Screen cleared');
    } else if (ctrl && e.key.toLowerCase() === 'u') {
      e.preventDefault();
      setValue(value.slice(cursor));
      setCursor(0);
    } else if (ctrl && e.key.toLowerCase() === 'w') {
      e.preventDefault();
      const done = deleteWordBefore(value, cursor);
      setValue(done.text);
      setCursor(done.cursor);
    } else if (ctrl && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      if (value === '') void eof().then((r) => setAnnouncement(summarizeRun(r)));
      else {
        setValue(value.slice(0, cursor) + value.slice(cursor + 1));
        setCursor(cursor);
      }
    }
  }

  function showCompletions(head: string, candidates: readonly string[]): void {
    // Listed like bash does, under the output; the next command's output replaces the list.
    setCompletionList(candidates.join('  '));
    // The course's shorthand is labelled in the list (never in what Tab inserts). The check
    // reads the engine's command table, which completing has just loaded.
    void import('../lesson/shorthand.ts').then(({ completionLabel }) => {
      const marked = candidates.map((c) => completionLabel(head, c));
      if (marked.some((m, i) => m !== candidates[i])) setCompletionList(marked.join('  '));
    });
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>): void {
    const text = e.clipboardData.getData('text');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? value.length;
    const end = el.selectionEnd ?? value.length;
    const all = (value.slice(0, start) + text + value.slice(end)).split(/\r?\n/);
    // Complete lines run one by one; a last line without a newline waits in the input.
    const rest = all.pop() ?? '';
    setValue(rest);
    void runLines(all).then((results) => {
      const last = results[results.length - 1];
      setAnnouncement(`${results.length} pasted lines ran.${last ? ` ${summarizeRun(last)}` : ''}`);
    });
  }

  async function copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied to the clipboard.`);
    } catch {
      setCopied(`Could not copy: the browser refused clipboard access.`);
    }
  }

  const inputId = `${ids}-input`;
  return (
    <section className="terminal" aria-labelledby={`${ids}-title`}>
      <div className="terminal-bar">
        <h2 id={`${ids}-title`} className="terminal-title">
          {title}
        </h2>
        <label className="strict-switch">
          <input
            type="checkbox"
            role="switch"
            checked={ready ? strict : false}
            onChange={(e) => void setStrict(e.currentTarget.checked)}
          />
          <span>Real MLflow only (strict)</span>
        </label>
      </div>
      {ready && saveProblem && (
        <div className="notice" role="status">
          <p>{SAVE_REFUSED_NOTICE}</p>
          <button type="button" className="secondary" onClick={() => void downloadProgress()}>
            Export progress
          </button>
        </div>
      )}
      {ready && progressNotice && (
        <div className="notice" role="status">
          <p>{progressNotice}</p>
          <button type="button" className="secondary" onClick={() => $progressNotice.set(null)}>
            Dismiss
          </button>
        </div>
      )}
      {ready && notice && (
        <div className="notice" role="status">
          <p>{notice}</p>
          <button type="button" className="secondary" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <div
        ref={log}
        className="terminal-screen"
        role="log"
        aria-live="polite"
        aria-label="Terminal output"
        tabIndex={0}
        onMouseUp={() => {
          if (!window.getSelection()?.toString()) input.current?.focus();
        }}
      >
        {shown.length === 0 && (
          <p className="term-line term-info">
            <WholeWords text={emptyHint} />
          </p>
        )}
        {shown.map((line, i) => (
          <TermRow key={i} kind={line.kind} prompt={line.prompt} text={line.text} tone={tones[i] ?? null} />
        ))}
        {completionList && <p className="term-line term-info">{completionList}</p>}
        {ready && foreground && (
          <p className="term-line term-info">
            The server is running in the foreground. A real terminal gives no prompt back until Ctrl+C stops it; here
            you may keep typing.
          </p>
        )}
      </div>
      <div className="terminal-input-row">
        <label htmlFor={inputId} className="visually-hidden">
          Terminal input
        </label>
        <span className="term-prompt" aria-hidden="true">
          {ready ? prompt : '$ '}
        </span>
        <input
          ref={input}
          id={inputId}
          className="terminal-input"
          type="text"
          value={value}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
          aria-describedby={`${ids}-keys`}
          onFocus={warmUp}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            historyIndex.current = null;
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </div>
      <p id={`${ids}-keys`} className="terminal-keys">
        Enter runs · ↑/↓ history · Tab completes (on an empty line it moves on) · Ctrl+C interrupts · Ctrl+L clears ·
        Ctrl+D leaves Python
        {ready && engine === 'loading' ? ' · Loading the simulator…' : ''}
        {ready && engine === 'failed' ? ' · The simulator failed to load; reload the page.' : ''}
      </p>
      <div className="terminal-actions">
        <button type="button" className="secondary" onClick={() => void copy(screenText(lines), 'Output')}>
          Copy output
        </button>
        <button type="button" className="secondary" onClick={() => void copy(transcriptText(lines), 'Transcript')}>
          Copy as transcript
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clearScreen();
            setAnnouncement('Screen cleared');
          }}
        >
          Clear
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void resetSession().then(() => setAnnouncement('Session reset to the lesson’s starting state'))
          }
        >
          Reset
        </button>
        <span className="copied" role="status">
          {copied}
        </span>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}

/** The margin mark of a stderr line: errors and warnings get one; notes and logs only the rule. */
const MARK: Readonly<Record<StderrTone, string>> = { error: '!', warning: '!', note: '', log: '' };

function TermRow({
  kind,
  prompt,
  text,
  tone,
}: {
  kind: string;
  prompt?: string | undefined;
  text: string;
  tone: StderrTone | null;
}) {
  if (kind === 'input') {
    return (
      <p className="term-line term-input">
        <span className="term-prompt">{prompt ?? ''}</span>
        <WholeWords text={text} />
      </p>
    );
  }
  if (kind === 'stderr') {
    const t = tone ?? 'error';
    // A blank line inside a block (click's usage) carries no mark: a lone "!" reads as an error of its own.
    const mark = text.trim() === '' ? '' : MARK[t];
    return (
      <p className={`term-line term-stderr tone-${t}`} data-stream="stderr" data-tone={t}>
        <span className="term-mark" aria-hidden="true">
          {mark}
        </span>
        {text}
      </p>
    );
  }
  return <p className={`term-line term-${kind}`}>{text}</p>;
}

/**
 * A typed command, its words kept whole when the line wraps: browsers break after a hyphen, so
 * `--model-name` would end one row with `-` and start the next with `-model-name`. Words longer
 * than a narrow panel (URLs, JSON) may still break (same rule as lesson transcripts, code-wrap.ts).
 */
function WholeWords({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\s+)/).map((part, i) =>
        part === '' || /\s/.test(part) || part.length > 30 ? (
          part
        ) : (
          <span key={i} className="nobr">
            {part}
          </span>
        ),
      )}
    </>
  );
}
