// Every page passes axe with no serious or critical violations, in both themes; the site works
// from the keyboard alone: skip link, the terminal, the Run buttons, the theme toggle.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LESSON, islandsReady, terminalLog } from './helpers.ts';

const PAGES = ['/', '/sandbox', LESSON, `${LESSON}/practice`, `${LESSON}/test`];

for (const path of PAGES) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await islandsReady(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // axe reads settled colours, not a transition frame
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        bad.map((v) => `${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    }
  });
}

test('keyboard only: skip link, terminal, Run in terminal, theme toggle', async ({ page }) => {
  await page.goto(LESSON);
  await islandsReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab until the first "Run in terminal" button has focus, then press it with the keyboard.
  const run = page.locator('terminal-example').first().getByRole('button', { name: 'Run in terminal' });
  for (let i = 0; i < 60 && !(await run.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(terminalLog(page)).toContainText('list-versions');

  // Reach the terminal input by keyboard and run a command there.
  const input = page.getByRole('textbox', { name: /Terminal input/ });
  for (let i = 0; i < 200 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('mlflow --version');
  await page.keyboard.press('Enter');
  await expect(terminalLog(page)).toContainText('mlflow --version');
  // Shift+Tab leaves the terminal (Tab completes inside it): no keyboard trap.
  await page.keyboard.press('Shift+Tab');
  await expect(input).not.toBeFocused();

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('home shows the lessons and the ways in; the footer links the authoring guide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sandbox' }).first()).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Authoring guide' })).toBeVisible();
  await page
    .getByRole('link', { name: /Model stages/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/lessons\/model-stages\/?$/);
});
