// The workspace's remembered layout: docked width (percent of the window), collapsed or not on
// wide screens, and the phone sheet's height. Pure parts (clamping, the next state) are tested.
import { z } from 'zod/mini';

export const WORKSPACE_KEY = 'mlflow-academy:v1:workspace';

export type SheetState = 'closed' | 'peek' | 'open';

export const workspaceSchema = z.object({
  /** Docked width as a percentage of the window (20 to 70). */
  width: z.number(),
  collapsed: z.boolean(),
  sheet: z.enum(['closed', 'peek', 'open']),
});
export type WorkspaceLayout = z.infer<typeof workspaceSchema>;

export const DEFAULT_LAYOUT: WorkspaceLayout = { width: 38, collapsed: false, sheet: 'closed' };
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 70;

export function clampWidth(percent: number): number {
  if (!Number.isFinite(percent)) return DEFAULT_LAYOUT.width;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, percent)));
}

/** The sheet after its handle is pressed: a closed sheet opens fully, an open or peeking one closes. */
export function toggledSheet(state: SheetState): SheetState {
  return state === 'closed' ? 'open' : 'closed';
}

/** The sheet after an example runs: it rises to a peek, and never shrinks an open sheet. */
export function sheetAfterRun(state: SheetState): SheetState {
  return state === 'closed' ? 'peek' : state;
}
