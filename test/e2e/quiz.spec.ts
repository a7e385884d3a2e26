// Practice and test pages as a learner uses them.
import { expect, test } from '@playwright/test';
import { LESSON } from './helpers.ts';

test('the lesson links to Practice and Test', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole('link', { name: 'Practice', exact: true }).first().click();
  await expect(page).toHaveURL(/\/practice\/?$/);
  await page.goto(LESSON);
  await page.getByRole('link', { name: 'Test', exact: true }).first().click();
  await expect(page).toHaveURL(/\/test\/?$/);
});

test('practice: hints one at a time, feedback on every option, a worked solution', async ({ page }) => {
  await page.goto(`${LESSON}/practice`);
  const q = page.locator('practice-question').first();
  const hintButton = q.getByRole('button', { name: /Show a hint/ });
  await hintButton.click();
  await expect(q.locator('[data-hint]:visible')).toHaveCount(1);
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('[data-result]')).toContainText(/Right|Not quite/);
  // Every option now explains itself, in words.
  const feedback = q.locator('[data-feedback]');
  const n = await feedback.count();
  for (let i = 0; i < n; i++) await expect(feedback.nth(i)).toBeVisible();
  await q.getByText('Show the step-by-step solution').click();
  await expect(q.locator('.solution li').first()).toBeVisible();
});

test('test: 10 radio groups, Submit gives N/10 and a review; Retake shuffles and counts attempts', async ({ page }) => {
  await page.goto(`${LESSON}/test`);
  const groups = page.locator('[data-question]:visible fieldset');
  await expect(groups).toHaveCount(10);
  // Submitting with nothing answered warns first.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText(/Not answered yet/)).toBeVisible();
  for (let i = 0; i < 10; i++) await groups.nth(i).locator('input').first().check();
  await page.getByRole('button', { name: /^Submit/ }).click();
  const score = page.getByRole('heading', { name: /Your score: \d+\/10/ });
  await expect(score).toBeVisible();
  await expect(score).toBeFocused();
  await expect(page.getByText(/^Right answer:/)).toHaveCount(10);
  await expect(page.getByText(/^Your answer:/).first()).toBeVisible();
  await expect(page.getByText(/Attempts: 1 · Best score: \d+\/10/)).toBeVisible();

  const before = await page
    .locator('[data-question]:visible')
    .evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.question));
  await page.getByRole('button', { name: 'Retake' }).click();
  await expect(page.locator('[data-question]:visible input:checked')).toHaveCount(0);
  await expect(page.locator('[data-question]:visible input:disabled')).toHaveCount(0);
  const after = await page
    .locator('[data-question]:visible')
    .evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.question));
  expect(after).toHaveLength(10);
  expect(new Set(after).size).toBe(10);
  expect(before.join()).not.toBe(after.join());
});

test('practice: "Try it in the terminal" runs the suggestion in the page terminal, from the lesson scenario', async ({
  page,
}) => {
  await page.goto(`${LESSON}/practice`);
  const q = page
    .locator('practice-question')
    .filter({ has: page.getByRole('button', { name: 'Try it in the terminal' }) })
    .first();
  await q.getByRole('button', { name: 'Try it in the terminal' }).click();
  const log = page.getByRole('log', { name: 'Terminal output' });
  await expect(log).toContainText('mlflow models');
  await expect(page.getByRole('textbox', { name: /Terminal input/ })).toBeFocused();
});

test('shorthand questions carry the "course shorthand" badge', async ({ page }) => {
  await page.goto(`${LESSON}/practice`);
  await expect(page.getByText('course shorthand, not real MLflow').first()).toBeVisible();
});

test('test: Retake is hidden until the test is graded, then Submit is (a hidden button stays hidden)', async ({
  page,
}) => {
  await page.goto(`${LESSON}/test`);
  await expect(page.getByRole('button', { name: 'Retake' })).toBeHidden();
  const groups = page.locator('[data-question]:visible fieldset');
  for (let i = 0; i < 10; i++) await groups.nth(i).locator('input').first().check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('button', { name: 'Retake' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Submit/ })).toBeHidden();
});
