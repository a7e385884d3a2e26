// Behaviour of <aside data-workspace> (Workspace.astro): wide screens resize and collapse the
// docked panel; phones (below 56.25rem) show it as a bottom sheet. Examples announce a run with
// the `workspace:run` event (the sheet rises to a peek), and "type it yourself" links send
// `workspace:open` before moving focus into the terminal.
import { load, save } from '../../stores/storage.ts';
import {
  DEFAULT_LAYOUT,
  WORKSPACE_KEY,
  clampWidth,
  sheetAfterRun,
  toggledSheet,
  workspaceSchema,
} from './workspace-state.ts';
import type { SheetState, WorkspaceLayout } from './workspace-state.ts';

const PHONE = window.matchMedia('(max-width: 56.24rem)');

const aside = document.querySelector<HTMLElement>('[data-workspace]');
if (aside) setUp(aside);

function setUp(el: HTMLElement): void {
  const loaded = load(WORKSPACE_KEY, workspaceSchema);
  // A phone starts with the sheet closed whatever was stored: the text comes first.
  let layout: WorkspaceLayout = loaded.status === 'ok' ? { ...loaded.value, sheet: 'closed' } : DEFAULT_LAYOUT;
  const body = el.querySelector<HTMLElement>('[data-workspace-body]');
  const toggle = el.querySelector<HTMLButtonElement>('[data-workspace-toggle]');
  const text = el.querySelector<HTMLElement>('[data-workspace-text]');
  const icon = el.querySelector<HTMLElement>('[data-workspace-icon]');
  const edge = el.querySelector<HTMLElement>('[data-workspace-resize]');

  const apply = (): void => {
    const phone = PHONE.matches;
    const shown = phone ? layout.sheet !== 'closed' : !layout.collapsed;
    el.dataset.state = phone ? layout.sheet : layout.collapsed ? 'collapsed' : 'open';
    document.documentElement.style.setProperty('--workspace-width', `${clampWidth(layout.width)}vw`);
    document.documentElement.dataset.sheet = phone ? layout.sheet : '';
    // Examples repeat the terminal's lines under themselves only where the terminal is out of sight.
    document.documentElement.dataset.terminalInView = String(!phone && !layout.collapsed);
    body?.toggleAttribute('inert', !shown);
    toggle?.setAttribute('aria-expanded', String(shown));
    if (text)
      text.textContent = phone
        ? shown
          ? 'Close the terminal'
          : 'Open the terminal'
        : shown
          ? 'Hide the terminal'
          : 'Show the terminal';
    if (icon) icon.textContent = phone ? (shown ? '▾' : '▴') : shown ? '⟩' : '⟨';
    edge?.setAttribute('aria-valuenow', String(clampWidth(layout.width)));
    edge?.setAttribute('aria-valuetext', `${clampWidth(layout.width)} percent of the window`);
  };
  const update = (next: Partial<WorkspaceLayout>, keep = true): void => {
    const wasClosed = layout.sheet === 'closed';
    layout = { ...layout, ...next };
    apply();
    // A sheet that rises shows the terminal first (it sits above the board).
    if (PHONE.matches && wasClosed && layout.sheet !== 'closed' && body) body.scrollTop = 0;
    if (keep) save(WORKSPACE_KEY, layout);
  };
  apply();
  PHONE.addEventListener('change', apply);

  toggle?.addEventListener('click', () => {
    if (PHONE.matches) update({ sheet: toggledSheet(layout.sheet) });
    else update({ collapsed: !layout.collapsed });
  });
  document.addEventListener('workspace:run', () => {
    if (PHONE.matches) update({ sheet: sheetAfterRun(layout.sheet) as SheetState });
  });
  document.addEventListener('workspace:open', () => {
    if (PHONE.matches) update({ sheet: 'open' });
    else update({ collapsed: false });
  });
  document.addEventListener('keydown', (e) => {
    // Esc inside the sheet lowers it and gives the page back (focus returns to the handle).
    if (e.key === 'Escape' && PHONE.matches && layout.sheet !== 'closed' && el.contains(document.activeElement)) {
      update({ sheet: 'closed' });
      toggle?.focus();
    }
  });

  if (edge) {
    edge.addEventListener('pointerdown', (e) => {
      if (PHONE.matches) return;
      e.preventDefault();
      edge.setPointerCapture(e.pointerId);
      el.dataset.resizing = '';
      const move = (ev: PointerEvent): void =>
        update({ width: clampWidth(((window.innerWidth - ev.clientX) / window.innerWidth) * 100) }, false);
      const up = (): void => {
        edge.removeEventListener('pointermove', move);
        delete el.dataset.resizing;
        update({});
      };
      edge.addEventListener('pointermove', move);
      edge.addEventListener('pointerup', up, { once: true });
      edge.addEventListener('pointercancel', up, { once: true });
    });
    edge.addEventListener('keydown', (e) => {
      // Arrow left widens (the edge moves left), right narrows; Home/End jump to the limits.
      const step = e.shiftKey ? 10 : 2;
      const keys: Record<string, number> = {
        ArrowLeft: layout.width + step,
        ArrowRight: layout.width - step,
        Home: 70,
        End: 20,
      };
      const next = keys[e.key];
      if (next === undefined) return;
      e.preventDefault();
      update({ width: clampWidth(next), collapsed: false });
    });
  }
}
