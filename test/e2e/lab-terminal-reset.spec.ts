// Small things a learner notices on a lab page and a phone: the lab's empty terminal says what to
// do in a lab, the terminal's own Reset restarts the commands-versus-par count like Reset lab,
// and the board's Table view fits a 375px screen without scrolling sideways.
import { expect, test } from '@playwright/test';
import { LESSON, board, islandsReady, open, terminalLog, type } from './helpers.ts';

const LAB = `${LESSON}/labs/promote-and-retire`;
const counter = (page: import('@playwright/test').Page) => page.locator('.lab-counter');

test('the lab terminal’s hint is about the lab, and its Reset restarts the command count', async ({ page }) => {
  await open(page, LAB);
  await expect(terminalLog(page)).toContainText('to reach the goal');
  await expect(terminalLog(page)).not.toContainText('lesson example');
  await type(page, 'mlflow models transition-stage --model-name my-model --version 2 --stage Production');
  await expect(counter(page)).toContainText('Registry changes made: 1');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(counter(page)).toContainText('Registry changes made: 0');
  await expect(page.getByRole('status').filter({ hasText: 'Lab reset: ' })).toHaveCount(1);
  // And a reload remembers the new attempt's count.
  await open(page, LAB);
  await expect(counter(page)).toContainText('Registry changes made: 0');
});

for (const path of [LESSON, LAB, '/sandbox']) {
  test(`the board's Table view fits a 375px screen on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, path);
    if (path === '/sandbox') {
      // A long model name is the hardest row to fit.
      await type(page, 'python');
      await type(page, 'from mlflow import MlflowClient');
      await type(page, 'MlflowClient().create_registered_model("a-rather-long-model-name-for-a-phone-screen")');
      await type(
        page,
        'MlflowClient().create_model_version("a-rather-long-model-name-for-a-phone-screen", "models:/m-1")',
      );
    }
    // On a phone the lesson and lab keep the board in the terminal sheet: open it as a learner would.
    if (path !== '/sandbox') {
      await page.getByRole('button', { name: 'Open the terminal' }).click();
      await islandsReady(page);
    }
    await board(page).getByLabel('Table view').check();
    const table = board(page).getByRole('table');
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Every cell lies inside the board (the old table ran past its right edge, clipped), and the
    // table has nothing to scroll sideways.
    const outside = await board(page).evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll('td')]
        .filter((td) => td.getBoundingClientRect().right > right + 0.5)
        .map((td) => td.textContent);
    });
    expect(outside).toEqual([]);
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // Each version still reads as a row of named cells.
    await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toBeVisible();
  });
}
