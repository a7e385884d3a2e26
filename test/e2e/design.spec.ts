// The product's chrome and workspace in a real browser: every built page passes axe in both
// themes at desktop and phone widths and never scrolls sideways on a 390 px phone; on the phone
// the first example's output appears in view; the docked panel keeps its size and state; the
// course map is a drawer on phones; the board stays readable (and quick) with 1,500 versions.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LESSON, board, islandsReady, terminalInput, terminalLog, type } from './helpers.ts';

/** Every page of the built site (dist/), as paths. */
function builtPages(dir = 'dist', prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' ? [] : builtPages(full, `${prefix}/${name}`);
    return name === 'index.html' ? [prefix || '/'] : [];
  });
}
const PAGES = builtPages().sort();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await islandsReady(page);
}

test('the built site has the pages this spec walks', () => {
  expect(PAGES).toContain('/');
  expect(PAGES).toContain(LESSON);
});

for (const path of PAGES) {
  for (const viewport of [DESKTOP, PHONE]) {
    const phone = viewport === PHONE;
    test(`${path} at ${viewport.width} px: axe clean in both themes${phone ? ', no sideways scrolling' : ''}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await ready(page, path);
      for (const scheme of ['light', 'dark'] as const) {
        // Without motion: a button's colours ease over 200 ms after a theme switch, and axe
        // must read the theme's colours, not a frame of the transition.
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          bad.map((v) => `${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        ).toEqual([]);
      }
      if (phone) {
        // Measured once the web fonts are in: a fallback face's wider glyphs are not the page.
        const overflow = await page.evaluate(async () => {
          await document.fonts.ready;
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        });
        expect(overflow, 'page wider than the phone').toBe(0);
      }
    });
  }
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('running the first example shows its output in view, above the terminal sheet', async ({ page }) => {
    await ready(page, LESSON);
    const example = page.locator('terminal-example').first();
    await example.getByRole('button', { name: 'Run in terminal' }).click();
    const output = example.locator('[data-output]');
    await expect(output).toBeVisible();
    await expect(example.locator('[data-check]')).toContainText('Matches');
    await expect(example.locator('[data-check]')).toBeInViewport();
    // The sheet rose to a peek and does not cover the verdict.
    const sheet = page.getByRole('complementary', { name: 'Terminal and registry' });
    await expect(sheet).toHaveAttribute('data-state', 'peek');
    const check = await example.locator('[data-check]').boundingBox();
    const sheetBox = await sheet.boundingBox();
    expect(check && sheetBox && check.y + check.height <= sheetBox.y + 1).toBe(true);
    await expect(terminalLog(page)).toContainText('list-versions');
  });

  test('the course map is a drawer: opened by its button, closed by Esc with focus back', async ({ page }) => {
    await ready(page, `${LESSON}/practice`);
    const map = page.getByRole('navigation', { name: 'Course', exact: true });
    await expect(map).toBeHidden();
    const button = page.getByRole('button', { name: /Course/ });
    await button.click();
    await expect(map).toBeVisible();
    await expect(map.getByRole('link', { name: 'Practice' })).toHaveAttribute('aria-current', 'page');
    await expect(map.getByRole('link', { name: 'Practice' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(map).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('"type it yourself" raises the sheet and puts the cursor in the terminal', async ({ page }) => {
    await ready(page, LESSON);
    await page
      .getByRole('link', { name: /type it yourself/ })
      .first()
      .click();
    await expect(page.getByRole('complementary', { name: 'Terminal and registry' })).toHaveAttribute(
      'data-state',
      'open',
    );
    await expect(terminalInput(page)).toBeFocused();
  });
});

test.describe('on a 1366 px screen', () => {
  test.use({ viewport: DESKTOP });

  test('the course map lists the lessons and marks the current page', async ({ page }) => {
    await ready(page, LESSON);
    const map = page.getByRole('navigation', { name: 'Course', exact: true });
    await expect(map).toBeVisible();
    await expect(map.locator('[aria-current="page"]')).toContainText('Model stages');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(/Lesson \d+: Model stages/);
    await expect(
      page.getByRole('navigation', { name: 'Course path' }).getByRole('link', { name: /Next/ }),
    ).toHaveAttribute('href', `${LESSON}/practice`);
  });

  test('the docked terminal collapses and resizes from the keyboard, and keeps both after a reload', async ({
    page,
  }) => {
    await ready(page, LESSON);
    const panel = page.getByRole('complementary', { name: 'Terminal and registry' });
    const edge = page.getByRole('separator', { name: 'Resize the terminal panel' });
    const before = (await panel.boundingBox())?.width ?? 0;
    await edge.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBeGreaterThan(before + 100);
    const widened = Number(await edge.getAttribute('aria-valuenow'));
    await page.getByRole('button', { name: 'Hide the terminal' }).click();
    await expect(terminalInput(page)).toBeHidden();
    await page.reload();
    await islandsReady(page);
    await expect(panel).toHaveAttribute('data-state', 'collapsed');
    await page.getByRole('button', { name: 'Show the terminal' }).click();
    await expect(terminalInput(page)).toBeVisible();
    await expect(edge).toHaveAttribute('aria-valuenow', String(widened));
  });

  test('after a loop creates 1,500 versions the board shows one summary line and "N more", and stays quick', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await ready(page, '/sandbox');
    await type(page, 'echo warm');
    await type(
      page,
      `python -c "from mlflow import MlflowClient; c = MlflowClient(); c.create_registered_model('loop'); [c.create_model_version('loop', 'runs:/abc/model') for i in range(1500)]; print('done')"`,
    );
    await expect(terminalLog(page).getByText('done', { exact: true })).toBeVisible();
    const changes = board(page).getByRole('status');
    await expect(changes.getByRole('listitem')).toHaveCount(1);
    await expect(changes).toContainText('1,500 model versions created');
    const loop = board(page).getByRole('article', { name: 'Model loop' });
    await expect(loop.locator('.stage.stage-none')).toContainText('(1,500)');
    await expect(loop.locator('.stage.stage-none')).toContainText('1,494 more');
    await expect(loop.locator('.version')).toHaveCount(6);
    // The board's size does not grow with the registry: a few cards per stage, whatever the count.
    expect(await board(page).locator('li').count()).toBeLessThan(40);
    await type(page, 'mlflow models transition-stage --model-name loop --version 1500 --stage Staging');
    await expect(loop.locator('.stage.stage-staging')).toContainText('v1500');
    await expect(loop.locator('.stage.stage-none')).toContainText('(1,499)');
  });
});

test('a version moving between stages slides there, and does not under reduced motion', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  // Count the slides the board starts (Web Animations with a transform), whatever their timing.
  await page.addInitScript(() => {
    const w = window as unknown as { slides: string[] };
    w.slides = [];
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, frames, options) {
      if (Array.isArray(frames) && frames.some((f) => 'transform' in f))
        w.slides.push((this as HTMLElement).dataset.card ?? '');
      return animate.call(this, frames, options);
    };
  });
  for (const motion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion: motion });
    await ready(page, LESSON);
    await type(page, 'reset');
    await type(page, 'mlflow models transition-stage --model-name my-model --version 2 --stage Production');
    await expect(board(page).locator('.stage.stage-production [data-card="my-model:2"]')).toBeVisible();
    const slides = await page.evaluate(() => (window as unknown as { slides: string[] }).slides);
    if (motion === 'reduce') expect(slides, 'slides under prefers-reduced-motion').toEqual([]);
    else expect(slides, 'the moved card slides (its neighbours may close the gap)').toContain('my-model:2');
  }
});
