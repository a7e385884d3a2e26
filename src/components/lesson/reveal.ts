// After an example runs, its own output and verdict come into view: on a phone the terminal is
// in a bottom sheet, so the answer must be readable where Run was pressed. The output's top goes
// to the top of the view when output and verdict fit there together (scroll margins keep them
// clear of the header and the sheet, workspace.css); otherwise the verdict is kept in view.

export function revealResult(output: HTMLElement | null, verdict: HTMLElement | null): void {
  if (!verdict) return;
  const top = output && !output.hidden ? output : verdict;
  const room = window.innerHeight * (document.documentElement.dataset.sheet ? 0.5 : 0.85);
  const needed = verdict.getBoundingClientRect().bottom - top.getBoundingClientRect().top;
  if (needed <= room) top.scrollIntoView({ block: 'nearest' });
  verdict.scrollIntoView({ block: 'nearest' });
}
