// axe on the states a learner creates, not only on fresh pages: a live check that differs (with
// its diff), a code example's output with a FutureWarning, the terminal after errors and logs,
// a graded test with its review, a checked practice question with hints and solution.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LESSON, open, type } from './helpers.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // axe reads settled colours, not a transition frame
    const results = await new AxeBuilder({ page }).analyze();
    for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      out.push(`${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
  }
  return out;
}

test('lesson after a differing check, a code run and terminal errors', async ({ page }) => {
  // Two axe passes over a whole lesson page: slow on a busy shared machine.
  test.setTimeout(90_000);
  await open(page, LESSON);
  // The "check the result" transcript run first differs from the fresh registry.
  const later = page.locator('terminal-example').nth(2);
  await later.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(later.locator('[data-check]')).toContainText('Differs');
  const code = page.locator('code-example').first();
  await code.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(code.locator('[data-output]')).toContainText('FutureWarning');
  await type(page, 'mlflow models serve');
  await type(page, 'mlflow models serve -m models:/my-model/1 --env-manager local &');
  expect(await seriousViolations(page)).toEqual([]);
});

test('graded test with its review, and practice with feedback, hints and solution', async ({ page }) => {
  // The test page holds the whole pool (hidden until drawn), so axe takes longer on a busy machine.
  test.setTimeout(90_000);
  await page.goto(`${LESSON}/test`);
  const choice = page.locator('[data-question-list] > [data-kind="choice"]:visible');
  const n = await choice.count();
  for (let i = 0; i < n; i++) await choice.nth(i).locator('input').nth(1).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  if (n < 10) await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`${LESSON}/practice`);
  const q = page.locator('practice-question').first();
  await q.getByRole('button', { name: /Show a hint/ }).click();
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await q.getByText('Show the step-by-step solution').click();
  expect(await seriousViolations(page)).toEqual([]);
});
