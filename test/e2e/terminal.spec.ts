// Terminal behaviour a learner relies on: Tab completion, multi-line paste, the strict "real
// MLflow" switch, Ctrl+C, and two tabs of the same lesson staying consistent.
import { expect, test } from '@playwright/test';
import { LESSON, board, islandsReady, open, terminalInput, terminalLog, type } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await open(page, LESSON);
});

test('Tab completes a unique command and lists several candidates', async ({ page }) => {
  const input = terminalInput(page);
  await input.fill('mlflow mode');
  await input.press('Tab');
  await expect(input).toHaveValue('mlflow models ');
  await input.fill('mlflow models p');
  await input.press('Tab');
  // predict and prepare-env share "pre": completed that far, both listed.
  await expect(input).toHaveValue('mlflow models pre');
  await expect(terminalLog(page)).toContainText('predict');
  await expect(terminalLog(page)).toContainText('prepare-env');
});

test('a multi-line paste runs line by line', async ({ page }) => {
  const input = terminalInput(page);
  await input.focus();
  await page.evaluate(() => {
    const el = document.querySelector<HTMLInputElement>('.terminal-input');
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      'mlflow models transition-stage --model-name my-model --version 1 --stage Staging\nmlflow models transition-stage --model-name my-model --version 2 --stage Staging\n',
    );
    el?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const staging = board(page).locator('.stage-staging');
  await expect(staging.getByText('v1', { exact: true })).toBeVisible();
  await expect(staging.getByText('v2', { exact: true })).toBeVisible();
  await expect(input).toHaveValue('');
});

test('strict mode answers like real MLflow: the shorthand is not a command', async ({ page }) => {
  await page.getByRole('switch', { name: /Real MLflow only/ }).check();
  await type(page, 'mlflow models list-versions --model-name my-model');
  await expect(terminalLog(page)).toContainText("Error: No such command 'list-versions'.");
});

test('Ctrl+C abandons the line being typed', async ({ page }) => {
  const input = terminalInput(page);
  await input.fill('mlflow models serv');
  await input.press('Control+c');
  await expect(input).toHaveValue('');
  await expect(terminalLog(page)).toContainText('mlflow models serv^C');
});

test('two tabs of a lesson: the last write wins and neither breaks', async ({ page, context }) => {
  const other = await context.newPage();
  await open(other, LESSON);
  await type(page, 'mlflow models transition-stage --model-name my-model --version 3 --stage Production');
  // The other tab follows the storage event: its board shows the change made here.
  await expect(board(other).locator('.stage-production').getByText('v3', { exact: true })).toBeVisible();
  // And it can carry on from that state.
  await type(other, 'mlflow models transition-stage --model-name my-model --version 3 --stage Archived');
  await expect(board(page).locator('.stage-archived').getByText('v3', { exact: true })).toBeVisible();
  await page.reload();
  await islandsReady(page);
  await expect(board(page).locator('.stage-archived').getByText('v3', { exact: true })).toBeVisible();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
});
