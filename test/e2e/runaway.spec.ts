// Bad input loses nothing: an infinite loop typed into the terminal ends in Python's own kind of
// error message (the interpreter's step budget), and the terminal, the page and the registry stay
// usable afterwards.
import { expect, test } from '@playwright/test';
import { LESSON, board, open, terminalLog, type } from './helpers.ts';

test('an infinite loop ends with a clear TimeoutError and the terminal keeps working', async ({ page }) => {
  await open(page, LESSON);
  await type(page, 'python -c "while True: pass"');
  await expect(terminalLog(page)).toContainText('TimeoutError: the snippet ran for too long');
  await expect(terminalLog(page)).not.toContainText(/\bat .+:\d+:\d+\)/); // never a JavaScript stack
  await type(page, 'mlflow models transition-stage --model-name my-model --version 3 --stage Staging');
  await expect(board(page).locator('.stage-staging').getByText('v3', { exact: true })).toBeVisible();
});
