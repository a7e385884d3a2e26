// Storage that never loses work silently: a save the browser refuses (quota) is announced where
// the learner is, with an export that holds the unsaved work; a damaged store gives a notice,
// starts that part fresh, keeps the damaged copy aside and leaves everything else as it was.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LESSON, board, open, terminalLog, type } from './helpers.ts';

const SESSION_KEY = 'mlflow-academy:v1:session:model-stages';
const PROGRESS_KEY = 'mlflow-academy:v1:progress';
const MOVE = 'mlflow models transition-stage --model-name my-model --version 3 --stage Staging';

test('a refused save says so (role=status) and Export progress holds the unsaved work', async ({ page }) => {
  await open(page, LESSON);
  await type(page, 'mlflow models transition-stage --model-name my-model --version 2 --stage Staging');
  const before = await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY);
  // From now on the browser's storage is full for this page.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await type(page, MOVE);
  const notice = page.getByRole('status').filter({ hasText: 'refused to save your work' });
  await expect(notice).toBeVisible();
  // The page goes on working; what was saved before is untouched.
  await expect(board(page).locator('.stage-staging').getByText('v3', { exact: true })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBe(before);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
  expect(file.format).toBe('mlflow-academy-progress');
  expect(file.sessions['model-stages'].history).toContain(MOVE);
});

test('damaged progress: a notice on the lesson page, the damaged copy kept aside, the session kept', async ({
  page,
}) => {
  await open(page, LESSON);
  await type(page, MOVE);
  await page.evaluate((k) => localStorage.setItem(k, '{"lessons": [broken'), PROGRESS_KEY);
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your saved lesson progress could not be read' }),
  ).toBeVisible();
  // Nothing else is lost: the session's board and screen come back as they were.
  await expect(board(page).locator('.stage-staging').getByText('v3', { exact: true })).toBeVisible();
  await expect(terminalLog(page)).toContainText(MOVE);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), PROGRESS_KEY)).toBe('{"lessons": [broken');
});

test('a damaged session: a notice and a fresh board, the damaged copy kept aside, progress kept', async ({ page }) => {
  await open(page, '/lessons/aliases');
  const visited = async () =>
    (await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), PROGRESS_KEY)).lessons?.aliases?.visited;
  await expect.poll(visited).toBe(true);
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"lesson":'), SESSION_KEY);
  await open(page, LESSON);
  await expect(page.getByText(/could not be read/).first()).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), SESSION_KEY)).toBe('{"v":1,"lesson":');
  await type(page, MOVE);
  await expect(board(page).locator('.stage-staging').getByText('v3', { exact: true })).toBeVisible();
  expect(await visited()).toBe(true);
});
