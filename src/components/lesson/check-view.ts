// Renders a live check (matches / differs) into a status element as DOM, with words and
// symbols rather than colour alone: "✓ Matches" or "✗ Differs", and each diff line tagged
// "expected:" / "terminal printed:" in text.
import type { DiffLine } from '../../engine/transcript.ts';

export type CheckState =
  | { kind: 'pending'; text: string }
  | { kind: 'ok'; text: string; actual?: readonly string[] | undefined }
  | {
      kind: 'bad';
      text: string;
      diff: readonly DiffLine[];
      note?: string | undefined;
      diffFolded?: boolean | undefined;
    };

const TAG: Readonly<Record<DiffLine['op'], string>> = {
  same: 'same',
  expected: 'expected',
  actual: 'printed',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function diffBlock(diff: readonly DiffLine[]): HTMLElement {
  const pre = el('div', 'diff');
  pre.setAttribute('role', 'list');
  pre.setAttribute('aria-label', 'Difference between expected and actual output');
  for (const line of diff) {
    const row = el('span', `diff-line diff-${line.op}`);
    row.setAttribute('role', 'listitem');
    const mark = line.op === 'same' ? '  ' : line.op === 'expected' ? '− ' : '+ ';
    // Tag and text in two columns (TerminalExample.astro styles them as a grid), so a wrapped
    // line stays under its own text instead of running back under the tags.
    row.append(
      el('span', 'diff-tag', `${mark}${TAG[line.op]}:`),
      el('span', 'diff-text', line.text === '' ? ' ' : line.text),
    );
    pre.append(row);
  }
  return pre;
}

export function renderCheck(target: HTMLElement, state: CheckState): void {
  target.classList.remove('pending', 'ok', 'bad');
  target.classList.add(state.kind);
  target.replaceChildren();
  const icon = state.kind === 'ok' ? '✓ ' : state.kind === 'bad' ? '✗ ' : '';
  const head = el('p', 'check-head', `${icon}${state.text}`);
  head.style.margin = '0';
  head.setAttribute('data-check-text', '');
  target.append(head);
  if (state.kind === 'bad') {
    if (state.note) target.append(el('p', 'check-note', state.note));
    if (state.diffFolded) {
      // Edited code is expected to differ: the comparison is there for who wants it, not in the way.
      const details = el('details');
      details.append(el('summary', undefined, 'Compare with the lesson’s expected output'), diffBlock(state.diff));
      target.append(details);
    } else {
      target.append(diffBlock(state.diff));
    }
  }
  if (state.kind === 'ok' && state.actual && state.actual.length > 0) {
    const details = el('details');
    details.append(el('summary', undefined, 'Show what the terminal printed'));
    details.append(el('pre', undefined, state.actual.join('\n')));
    target.append(details);
  }
}
