// The home page's "Your progress" panel: export everything this browser holds as a JSON file,
// import such a file (checked, then shown as what it would replace, then confirmed), or reset all
// progress (confirmed). Every outcome is said in a live region; focus moves to a confirmation
// when one opens and back to the control that opened it when it closes. The checking and writing
// live in src/stores/progress-transfer.ts; this island only asks and tells.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { $labProgress } from '../../stores/lab-progress.ts';
import { $progress } from '../../stores/progress.ts';
import {
  MAX_IMPORT_BYTES,
  applyImport,
  exportFileName,
  makeExport,
  parseImport,
  planImport,
  readHoldings,
  resetAll,
} from '../../stores/progress-transfer.ts';
import type { KeyValueStore, ProgressExport } from '../../stores/progress-transfer.ts';
import { EMPTY_LAB_PROGRESS } from '../../stores/lab-progress.ts';
import { EMPTY_PROGRESS } from '../../stores/progress.ts';
import { describeContents, describeExport, describePlan, describeReset, exportedWhen } from './transfer-text.ts';
import type { PageNames, PlanLine } from './transfer-text.ts';
import './progress-transfer.css';

interface Props {
  readonly names: PageNames;
}

type Pending =
  | {
      readonly kind: 'import';
      readonly fileName: string;
      readonly data: ProgressExport;
      readonly lines: readonly PlanLine[];
    }
  | { readonly kind: 'reset'; readonly lines: readonly PlanLine[] };

const NO_STORAGE =
  'This browser does not let the site store anything (private mode or blocked storage), so there is no progress to move.';

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export default function ProgressTransfer({ names }: Props) {
  const ids = useId();
  const [status, setStatusText] = useState('');
  // A refusal is shown in the error colour too (its words say it as well).
  const [refused, setRefused] = useState(false);
  const setStatus = (text: string, isRefusal = false): void => {
    setStatusText(text);
    setRefused(isRefusal);
  };
  const [pending, setPending] = useState<Pending | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (pending) confirmTitle.current?.focus();
  }, [pending]);

  function close(said: string, isRefusal = false): void {
    const from = pending?.kind;
    setPending(null);
    setStatus(said, isRefusal);
    if (fileInput.current) fileInput.current.value = '';
    // Back to the control that opened the confirmation, so keyboard users keep their place.
    requestAnimationFrame(() => (from === 'reset' ? resetButton.current : fileInput.current)?.focus());
  }

  function exportProgress(): void {
    const store = browserStore();
    if (!store) return setStatus(NO_STORAGE, true);
    const holdings = readHoldings(store);
    const now = new Date();
    const name = exportFileName(now);
    const blob = new Blob([JSON.stringify(makeExport(holdings, now), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(describeExport(holdings, name));
  }

  async function chooseFile(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.currentTarget.files?.[0];
    setPending(null);
    if (!file) return;
    const refuse = (reason: string): void => {
      setStatus(`“${file.name}” was not imported: ${reason}. Nothing was changed.`, true);
      if (fileInput.current) fileInput.current.value = '';
    };
    const store = browserStore();
    if (!store) return setStatus(NO_STORAGE, true);
    if (file.size > MAX_IMPORT_BYTES)
      return refuse('the file is far larger than any progress export, so it is not one');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('the browser could not read the file');
    }
    const parsed = parseImport(text);
    if (!parsed.ok) return refuse(parsed.reason);
    const plan = planImport(readHoldings(store), parsed.data);
    setStatus(`“${file.name}” holds ${describeContents(parsed.data)}. Confirm below to import it.`);
    setPending({ kind: 'import', fileName: file.name, data: parsed.data, lines: describePlan(plan, names) });
  }

  function askReset(): void {
    const store = browserStore();
    if (!store) return setStatus(NO_STORAGE, true);
    setPending({ kind: 'reset', lines: describeReset(readHoldings(store), names) });
  }

  function confirm(): void {
    const store = browserStore();
    if (!pending || !store) return close(NO_STORAGE, true);
    if (pending.kind === 'import') {
      const written = applyImport(store, pending.data);
      if (!written.ok)
        return close(`“${pending.fileName}” was not imported: ${written.reason}. Nothing was changed.`, true);
      // This page follows at once; other open tabs follow through the storage event.
      $progress.set(pending.data.progress);
      $labProgress.set(pending.data.labs);
      return close(
        `Imported “${pending.fileName}”: this browser now has ${describeContents(pending.data)} from the file.`,
      );
    }
    const done = resetAll(store);
    if (!done.ok) return close(`Progress was not reset: ${done.reason}. Nothing was changed.`, true);
    $progress.set(EMPTY_PROGRESS);
    $labProgress.set(EMPTY_LAB_PROGRESS);
    return close('All progress was reset: lessons, labs and saved terminal sessions start fresh.');
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(
        pending?.kind === 'reset' ? 'Reset cancelled. Nothing was changed.' : 'Import cancelled. Nothing was changed.',
      );
    }
  }

  const fileId = `${ids}-file`;
  return (
    <div className="transfer">
      <p className="transfer-note" id={`${ids}-note`}>
        Your progress is kept in this browser only. To carry it to another browser or device, export it to a file here
        and import that file there.
      </p>
      <div className="transfer-actions">
        <button type="button" className="secondary" onClick={exportProgress} aria-describedby={`${ids}-note`}>
          Export progress
        </button>
        <span className="transfer-import">
          <label htmlFor={fileId}>Import progress</label>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void chooseFile(e)}
          />
        </span>
        <button ref={resetButton} type="button" className="secondary danger" onClick={askReset}>
          Reset all progress
        </button>
      </div>
      {pending && (
        <div className="transfer-confirm" role="group" aria-labelledby={`${ids}-confirm`} onKeyDown={onKeyDown}>
          <h3 id={`${ids}-confirm`} ref={confirmTitle} tabIndex={-1}>
            {pending.kind === 'import' ? `Replace your progress with “${pending.fileName}”?` : 'Reset all progress?'}
          </h3>
          {pending.kind === 'import' && (
            <p>The file was exported on {exportedWhen(pending.data.exportedAt)}. Importing it:</p>
          )}
          {pending.kind === 'reset' && (
            <p>This cannot be undone (export your progress first to keep a copy). Resetting:</p>
          )}
          <ul>
            {pending.lines.map((line) => (
              <li key={line.what}>
                <strong>{line.what}</strong>: {line.detail}
              </li>
            ))}
          </ul>
          {pending.kind === 'reset' && <p>Your light or dark theme choice stays.</p>}
          <div className="transfer-actions">
            <button type="button" onClick={confirm}>
              {pending.kind === 'import' ? 'Replace my progress' : 'Delete all progress'}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                close(
                  pending.kind === 'reset'
                    ? 'Reset cancelled. Nothing was changed.'
                    : 'Import cancelled. Nothing was changed.',
                )
              }
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p
        className={refused ? 'transfer-status refused' : 'transfer-status'}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {status}
      </p>
    </div>
  );
}
