// Pictures as tests: home, a lesson, a lab and a test at 1366 and 390 px in light and dark,
// compared with the baselines committed beside this file (update them on purpose with
// `npx playwright test test/e2e/visual.spec.ts --update-snapshots`). Made deterministic: the
// fonts are loaded before the picture, animations are stopped, Math.random (option shuffles) is
// seeded, and nothing stored from an earlier visit exists (a fresh browser context each time).
import { expect, test } from '@playwright/test';
import { islandsReady } from './helpers.ts';

const PAGES = [
  ['home', '/'],
  ['lesson', '/lessons/model-stages'],
  ['lab', '/lessons/model-stages/labs/promote-and-retire'],
  ['test', '/lessons/model-stages/test'],
] as const;
const WIDTHS = [
  [1366, 900],
  [390, 844],
] as const;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    // mulberry32 with a fixed seed: the test's option order is the same on every run.
    let seed = 12;
    Math.random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  });
});

for (const [name, path] of PAGES) {
  for (const [width, height] of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${name} at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(path);
        await islandsReady(page);
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${name}-${width}-${scheme}.png`, {
          animations: 'disabled',
          caret: 'hide',
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  }
}
