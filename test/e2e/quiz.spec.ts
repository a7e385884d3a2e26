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

test('practice: hints one at a time, the chosen option explained, every option once the solution is open', async ({
  page,
}) => {
  await page.goto(`${LESSON}/practice`);
  const q = page.locator('practice-question').first();
  const hintButton = q.getByRole('button', { name: /Show a hint/ });
  await hintButton.click();
  await expect(q.locator('[data-hint]:visible')).toHaveCount(1);
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('[data-result]')).toContainText(/Right|Not quite/);
  // The chosen option explains itself, in words.
  await expect(q.locator('[data-option]').first().locator('[data-feedback]')).toBeVisible();
  await q.getByText('Show the step-by-step solution').click();
  await expect(q.locator('.solution li').first()).toBeVisible();
  // With the solution open, every option explains itself.
  const feedback = q.locator('[data-feedback]');
  const n = await feedback.count();
  for (let i = 0; i < n; i++) await expect(feedback.nth(i)).toBeVisible();
});

test('test: 10 questions drawn, Submit gives N/10 and a review; Retake draws again and counts attempts', async ({
  page,
}) => {
  await page.goto(`${LESSON}/test`);
  const questions = page.locator('[data-question-list] > [data-question]:visible');
  await expect(questions).toHaveCount(10);
  // Submitting with nothing answered warns first.
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText(/Not answered yet/)).toBeVisible();
  const choice = page.locator('[data-question-list] > [data-kind="choice"]:visible');
  const n = await choice.count();
  for (let i = 0; i < n; i++) await choice.nth(i).locator('input').first().check();
  await page.getByRole('button', { name: /^Submit/ }).click();
  if (n < 10) await page.getByRole('button', { name: 'Submit anyway' }).click();
  const score = page.getByRole('heading', { name: /Your score: \d+\/10/ });
  await expect(score).toBeVisible();
  await expect(score).toBeFocused();
  await expect(page.getByText(/^Right answer:/)).toHaveCount(n);
  await expect(page.getByText(/^Your answer:/).first()).toBeVisible();
  await expect(page.getByText(/Attempts: 1 · Best score: \d+\/10/)).toBeVisible();

  const before = await questions.evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.question));
  await page.getByRole('button', { name: 'Retake: a new draw' }).click();
  await expect(page.locator('[data-question-list] input:checked')).toHaveCount(0);
  await expect(page.locator('[data-question-list] > [data-question]:visible input:disabled')).toHaveCount(0);
  const after = await questions.evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.question));
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
  await expect(page.getByRole('button', { name: /^Retake/ })).toBeHidden();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(page.getByRole('button', { name: /^Retake/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Submit/ })).toBeHidden();
});
