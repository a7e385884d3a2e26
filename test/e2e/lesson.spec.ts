// A learner on the first lesson: runs its commands (typed and clicked) and sees the live check,
// makes a usage error, moves a version and watches the board, reloads, uses the Python REPL,
// runs a code example and opens the editor.
import { expect, test } from '@playwright/test';
import { LESSON, board, islandsReady, open, terminalInput, terminalLog, type } from './helpers.ts';

const LIST = 'mlflow models list-versions --model-name my-model';

test.beforeEach(async ({ page }) => {
  await open(page, LESSON);
});

test('clicking "Run in terminal" runs the lesson command and the check says it matches', async ({ page }) => {
  const example = page.locator('terminal-example').first();
  await example.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(terminalLog(page)).toContainText(LIST);
  await expect(example.getByRole('status')).toContainText('Matches');
});

test('typing the lesson command in the terminal checks it live too', async ({ page }) => {
  await type(page, LIST);
  await expect(page.locator('terminal-example').first().getByRole('status')).toContainText('Matches');
});

test('a usage error is shown as an error, in words, with the exit code announced', async ({ page }) => {
  await type(page, 'mlflow models transition-stage --model-name my-model');
  const log = terminalLog(page);
  await expect(log).toContainText('Usage:');
  await expect(log.locator('[data-stream="stderr"]').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /exit code 2/ })).toHaveCount(1);
});

test('a transition shows on the board, is described in words, and survives a reload', async ({ page }) => {
  await type(page, 'mlflow models transition-stage --model-name my-model --version 1 --stage Production');
  const registry = board(page);
  await expect(registry).toContainText('v1: None → Production');
  const production = registry.locator('.stage-production');
  await expect(production.getByText('v1', { exact: true })).toBeVisible();

  await page.reload();
  await islandsReady(page);
  await expect(board(page).locator('.stage-production').getByText('v1', { exact: true })).toBeVisible();
  await expect(terminalLog(page)).toContainText('--stage Production');
  // History is kept across reloads: Up brings the last command back.
  await terminalInput(page).press('ArrowUp');
  await expect(terminalInput(page)).toHaveValue(/--stage Production$/);
  // The table view gives the same facts as a table.
  await board(page).getByLabel('Table view').check();
  await expect(board(page).getByRole('row', { name: /my-model 1 .*Production/ })).toBeVisible();
});

test('the Python REPL runs in the terminal and Ctrl+D leaves it', async ({ page }) => {
  await type(page, 'python');
  await expect(page.locator('.term-prompt').last()).toHaveText('>>> ');
  await type(page, '1 + 1');
  await expect(terminalLog(page).locator('p', { hasText: /^2$/ })).toHaveCount(1);
  await type(page, 'from mlflow import MlflowClient');
  await type(page, 'MlflowClient().get_model_version("my-model", 3).current_stage');
  await expect(terminalLog(page)).toContainText("'None'");
  await terminalInput(page).press('Control+d');
  await expect(page.locator('.terminal-input-row .term-prompt')).toHaveText('$ ');
});

test('Run on a code example runs it in the session: output, check, and the board follows', async ({ page }) => {
  const example = page.locator('code-example').first();
  await example.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(example.locator('[data-output-text]')).toContainText('version 2 is now in Production');
  await expect(example.locator('[data-check]')).toContainText(/Matches|Differs/);
  await expect(board(page).locator('.stage-production').getByText('v2', { exact: true })).toBeVisible();
});

test('Edit loads the editor on demand, shows errors as markers, and runs the edited code', async ({ page }) => {
  const example = page.locator('code-example').first();
  expect(await page.evaluate(() => document.querySelector('.monaco-editor'))).toBeNull();
  await example.getByRole('button', { name: 'Edit' }).click();
  const editor = example.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await expect(example.getByRole('status').filter({ hasText: 'Editor ready' })).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('print("edited"');
  // The editor closes brackets by itself; remove the ")" it added to make a syntax error.
  await page.keyboard.press('Delete');
  await expect(example.locator('.squiggly-error').first()).toBeVisible({ timeout: 5000 });
  await page.keyboard.type(')');
  await page.keyboard.press('Control+Enter');
  await expect(example.locator('[data-output-text]')).toContainText('edited');
});

test('corrupted saved data gives a visible notice and a fresh start', async ({ page }) => {
  // Write the damaged copy from a script-free page of the same origin, then open the lesson.
  await page.goto('/favicon.svg');
  await page.evaluate(() => localStorage.setItem('mlflow-academy:v1:session:model-stages', '{"v":1,"lesson":'));
  await open(page, LESSON);
  await expect(page.getByText(/could not be read/).first()).toBeVisible();
  await expect(board(page).locator('.stage-none').getByText('v3', { exact: true })).toBeVisible();
  await type(page, LIST);
  await expect(terminalLog(page)).toContainText('my-model');
});
