// The workspace's remembered layout: width limits and how the phone sheet moves.
import { expect, test } from 'vitest';
import {
  DEFAULT_LAYOUT,
  clampWidth,
  sheetAfterRun,
  toggledSheet,
  workspaceSchema,
} from '../../src/components/workspace/workspace-state.ts';

test.each([
  [40, 40],
  [5, 20],
  [95, 70],
  [33.6, 34],
  [Number.NaN, DEFAULT_LAYOUT.width],
])('a docked width of %s%% is kept as %s%%', (asked, kept) => {
  expect(clampWidth(asked)).toBe(kept);
});

test.each([
  ['closed', 'open', 'peek'],
  ['peek', 'closed', 'peek'],
  ['open', 'closed', 'open'],
] as const)('a %s sheet: its handle makes it %s, an example run makes it %s', (state, toggled, afterRun) => {
  expect([toggledSheet(state), sheetAfterRun(state)]).toEqual([toggled, afterRun]);
});

test('a stored layout is checked before use', () => {
  expect(workspaceSchema.safeParse(DEFAULT_LAYOUT).success).toBe(true);
  expect(workspaceSchema.safeParse({ width: '40', collapsed: false, sheet: 'closed' }).success).toBe(false);
  expect(workspaceSchema.safeParse({ width: 40, collapsed: false, sheet: 'half' }).success).toBe(false);
});
