// Keyboard users can leave the code editor (WCAG 2.1.2), and the site search opens, finds and
// is walked with the keyboard; neither loads before it is asked for.
import { expect, test } from '@playwright/test';
import { LESSON, islandsReady } from './helpers.ts';

test('Esc leaves the editor for its Run button; Ctrl+M makes Tab move focus out', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  // Nothing of Monaco before intent: no editor element, no editor stylesheet.
  expect(await page.evaluate(() => document.querySelector('.monaco-editor, style[data-monaco]'))).toBeNull();
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? 'inline').join(' '));
  expect(sheets).not.toMatch(/monaco/);
  const example = page.locator('code-example').first();
  await example.getByRole('button', { name: 'Edit' }).click();
  const editor = example.getByRole('textbox', { name: /Python editor/ });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(example.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  // Back in: Tab indents, until Ctrl+M switches it to moving focus.
  await editor.focus();
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
});

test('Esc in the editor first closes its own suggestion widget, then leaves', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  const example = page.locator('code-example').first();
  await example.getByRole('button', { name: 'Edit' }).click();
  const editor = example.getByRole('textbox', { name: /Python editor/ });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+f');
  await expect(example.locator('.find-widget.visible')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(example.locator('.find-widget.visible')).toHaveCount(0);
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(example.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
});

test('search: "/" opens it, results come from lessons and the command reference, ↓ walks them, Esc closes', async ({
  page,
}) => {
  await page.goto('/');
  const loaded = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/')));
  expect(await loaded()).toBe(false);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox');
  await expect(field).toBeFocused();
  await field.fill('archive_existing_versions');
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/result/);
  expect(await loaded()).toBe(true);
  await field.fill('build-docker');
  // The list now holds this query's results (an earlier query's list is replaced, not mixed in).
  await expect(results.first()).toContainText('build-docker');
  await expect(results.filter({ hasText: 'Command reference' }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
