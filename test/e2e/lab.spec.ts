// A lab as a learner meets it: the goal's checks start unmet, typing the solution in the terminal
// flips them to passed and says "Goal reached", a reload keeps the registry and the completion,
// hints come one tier at a time, and axe finds nothing serious on the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LESSON, board, islandsReady, open, type } from './helpers.ts';

const LAB = `${LESSON}/labs/promote-and-retire`;

const goal = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Goal' });
const check = (page: import('@playwright/test').Page, id: string) => goal(page).locator(`[data-check="${id}"]`);

test('typing the solution passes every check and reaches the goal; a reload keeps it', async ({ page }) => {
  await open(page, LAB);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Promote version 2 and retire version 1');
  // The start does not pass: version 2 is still in Staging (facts §2.3: nothing moves by itself).
  await expect(check(page, 'v2-production')).toContainText('Not yet: version 2 is in Production');
  await expect(check(page, 'v2-production')).toContainText('Now: version 2 is in Staging.');
  await expect(page.locator('[data-goal-reached]')).toHaveCount(0);

  await type(
    page,
    'mlflow models transition-stage --model-name my-model --version 2 --stage Production --archive-existing-versions',
  );

  for (const id of ['v2-production', 'v1-archived', 'production-count', 'v3-none']) {
    await expect(check(page, id)).toHaveAttribute('data-passed', 'true');
    await expect(check(page, id)).toContainText('Done:');
  }
  await expect(page.locator('[data-goal-reached]')).toContainText('Goal reached! You made 1 registry change (par 1).');
  // The polite live region says it too, for screen-reader users.
  await expect(page.getByRole('status').filter({ hasText: 'Goal reached: all 4 checks pass.' })).toHaveCount(1);
  await expect(board(page)).toContainText('Production');

  await page.reload();
  await islandsReady(page);
  await expect(page.locator('[data-goal-reached]')).toContainText('Goal reached!');
  await expect(page.locator('.lab-completed')).toContainText('Completed, best 1');

  // Reset lab: back to the start, the goal is unmet again and the count restarts.
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(check(page, 'v2-production')).toHaveAttribute('data-passed', 'false');
  await expect(page.locator('.lab-counter')).toContainText('Registry changes made: 0');
  await expect(page.locator('.lab-completed')).toContainText('Completed');
});

test('hints come one tier at a time; the solution needs a confirmation and Run solution reaches the goal', async ({
  page,
}) => {
  await open(page, `${LESSON}/labs/stage-then-roll-back`);
  const hint = page.getByRole('button', { name: /Show (a|the next) hint/ });
  await hint.click();
  await expect(page.locator('[data-hint-tier]')).toHaveCount(1);
  await expect(page.locator('[data-hint-tier="1"]')).toContainText('a nudge');
  await hint.click();
  await hint.click();
  await expect(page.locator('[data-hint-tier="3"]')).toContainText('--archive-existing-versions');
  await expect(hint).toHaveCount(0);

  await page.getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByRole('region', { name: 'Solution' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'Yes, show the solution' }).click();
  await page.getByRole('button', { name: /Run solution/ }).click();
  await expect(page.locator('[data-goal-reached]')).toContainText('Goal reached!');
});

test('a known wrong state gets its feedback: two versions in Production', async ({ page }) => {
  await open(page, LAB);
  await type(page, 'mlflow models transition-stage --model-name my-model --version 2 --stage Production');
  await expect(page.getByRole('note')).toContainText('Versions 1 and 2 are both in Production now');
  await expect(check(page, 'production-count')).toContainText('Now: versions 1 and 2 are in Production.');
});

test('axe finds no serious or critical violations on the lab pages', async ({ page }) => {
  for (const path of [`${LESSON}/labs`, LAB]) {
    await page.goto(path);
    await islandsReady(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // axe reads settled colours, not a transition frame
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        bad.map((v) => `${path} ${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    }
  }
});

test('fair par: solved through the real client in the terminal, python, the import and the client line are free', async ({
  page,
}) => {
  await open(page, `${LESSON}/labs/promote-and-retire`);
  await type(page, 'python');
  await type(page, 'from mlflow import MlflowClient');
  await type(page, 'c = MlflowClient()');
  await expect(page.locator('.lab-counter')).toContainText('Registry changes made: 0');
  await type(page, 'c.transition_model_version_stage("my-model", 2, "Production", archive_existing_versions=True)');
  await expect(page.locator('[data-goal-reached]')).toContainText('Goal reached! You made 1 registry change (par 1).');
  await expect(page.locator('[data-goal-reached]')).toContainText('Right on par or better.');
  // Reset lab says, on the page, that it reset the lab.
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.locator('[data-lab-reset]')).toHaveText(
    'Lab reset: the registry is back to this lab’s starting state; changes are counted from 0.',
  );
});
