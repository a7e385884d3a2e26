// The page and the checker agree: on a fresh session, pressing every example's Run in the order
// of the lesson gives "Matches" for each, the same verdict `npm run check:content` proved.
import { expect, test } from '@playwright/test';
import { open } from './helpers.ts';

for (const lesson of ['registering-models', 'model-stages']) {
  test(`every example of ${lesson}, run in order, matches what the lesson expects`, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, `/lessons/${lesson}`);
    const examples = page.locator('code-example, terminal-example');
    const count = await examples.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const example = examples.nth(i);
      const run = example.getByRole('button', { name: /^(Run|Run in terminal)$/ });
      if ((await run.count()) === 0) continue; // shown, not run (`norun`)
      await run.first().click();
      const check = example.locator('[data-check]');
      await expect(check, `example ${i + 1} of ${lesson}`).toContainText(/Matches|Differs/, { timeout: 15_000 });
      await expect(check, `example ${i + 1} of ${lesson}`).toContainText('Matches');
    }
  });
}
