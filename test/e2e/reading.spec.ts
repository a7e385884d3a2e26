// What a first-time learner sees and relies on, found by walking the site as one: Reset really
// starts over, a started server does not look like a failure, commands stay readable when they
// wrap on a phone, the terminal never traps the Tab key, the theme toggle shows its state.
import { expect, test } from '@playwright/test';
import { LESSON, islandsReady, open, terminalInput, terminalLog, type } from './helpers.ts';

test('after Reset, the first example matches again (its shorthand note is printed again)', async ({ page }) => {
  await open(page, LESSON);
  const first = page.locator('terminal-example').first();
  const run = first.getByRole('button', { name: 'Run in terminal' });
  await run.click();
  await expect(first.getByRole('status')).toContainText('Matches');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(terminalLog(page)).toContainText('Session reset');
  await run.click();
  await expect(first.getByRole('status')).toContainText('Matches');
});

test('stderr is coloured by what it says: serve logs are logs, the shorthand note is a note, a usage error an error', async ({
  page,
}) => {
  await open(page, LESSON);
  await type(page, 'mlflow models list-versions --model-name my-model');
  await type(page, 'mlflow models serve -m models:/my-model/1 -p 1234 --env-manager local &');
  await type(page, 'mlflow models serve');
  const log = terminalLog(page);
  await expect(log.locator('[data-tone="note"]').first()).toContainText('note:');
  await expect(log.locator('[data-tone="log"]').filter({ hasText: 'Uvicorn running on' })).toHaveCount(1);
  await expect(
    log.locator('[data-tone="error"]').filter({ hasText: "Error: Missing option '--model-uri'" }),
  ).toHaveCount(1);
});

test('on a phone a wrapped transcript command keeps each flag on one line', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, LESSON);
  const flag = page.locator('terminal-example .astro-code .nobr', { hasText: /^--model-name$/ }).first();
  await expect(flag).toBeVisible();
  expect(await flag.evaluate((el) => el.getClientRects().length)).toBe(1);
});

test('Tab on an empty terminal line moves focus on; with text it completes', async ({ page }) => {
  await open(page, LESSON);
  const input = terminalInput(page);
  await input.fill('mlflow mode');
  await input.press('Tab');
  await expect(input).toHaveValue('mlflow models ');
  await input.fill('');
  await input.press('Tab');
  await expect(input).not.toBeFocused();
});

test('the theme toggle shows its state in words, not only to screen readers', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const state = toggle.locator('[data-theme-state]');
  await expect(state).toHaveText('off');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(state).toHaveText('on');
  await page.reload();
  await islandsReady(page);
  await expect(state).toHaveText('on');
});

test('"type it yourself" on an example takes the learner to the terminal input (it is far below on a phone)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, LESSON);
  await page
    .locator('terminal-example')
    .first()
    .getByRole('link', { name: /type it yourself/ })
    .click();
  const input = terminalInput(page);
  await expect(input).toBeFocused();
  await expect(input).toBeInViewport();
});

test('"Run in terminal" while the Python REPL is open says how to leave it instead of typing shell commands into Python', async ({
  page,
}) => {
  await open(page, LESSON);
  await type(page, 'python');
  const first = page.locator('terminal-example').first();
  await first.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(first.getByRole('status')).toContainText('Leave it with exit() or Ctrl+D');
  await expect(terminalLog(page)).not.toContainText('SyntaxError');
  await type(page, 'exit()');
  await first.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(first.getByRole('status')).toContainText('Matches');
});

test('a returning learner sees which examples they already matched', async ({ page }) => {
  await open(page, LESSON);
  const first = page.locator('terminal-example').first();
  await first.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(first.getByRole('status')).toContainText('Matches');
  await page.reload();
  await islandsReady(page);
  await expect(first.getByRole('status')).toContainText('Matched on an earlier visit');
  await expect(page.locator('terminal-example').nth(1).getByRole('status')).toContainText('Not run yet');
});

test('Tab completion labels the course shorthand in its list (and inserts only the real name)', async ({ page }) => {
  await open(page, LESSON);
  const input = terminalInput(page);
  await input.fill('mlflow models ');
  await input.press('Tab');
  await expect(terminalLog(page)).toContainText('list-versions (course shorthand)');
  await expect(terminalLog(page)).toContainText('serve  predict');
  await input.fill('mlflow models list');
  await input.press('Tab');
  await expect(input).toHaveValue('mlflow models list-versions ');
});
