// A learner who follows the lesson in order, pressing Run on every example, sees every check
// say "Matches": the page, the engine and the lesson's expected outputs agree.
import { expect, test } from '@playwright/test';
import { LESSON, open } from './helpers.ts';

test('every example of the lesson matches when run in order', async ({ page }) => {
  await open(page, LESSON);
  const examples = page.locator('terminal-example, code-example');
  const n = await examples.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const example = examples.nth(i);
    const isCode = (await example.evaluate((el) => el.tagName)) === 'CODE-EXAMPLE';
    await example.getByRole('button', { name: isCode ? 'Run' : 'Run in terminal', exact: true }).click();
    await expect(example.locator('[data-check]'), `example ${i + 1} of ${n}`).toContainText('Matches');
  }
});
