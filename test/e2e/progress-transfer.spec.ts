// Moving progress to another browser as a learner does it: export a file, reset everything,
// import the file, and the lesson card, the saved board and the terminal come back. A damaged or
// foreign file is refused with a message and changes nothing. axe stays clean with the panel open.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LESSON, board, open, terminalLog, type } from './helpers.ts';

const card = (page: Page) => page.locator('[data-progress-for="model-stages"]');
const status = (page: Page) => page.locator('.transfer-status');
const confirmation = (page: Page) => page.getByRole('group', { name: /Replace your progress|Reset all progress\?/ });
const PROMOTE = 'mlflow models transition-stage --model-name my-model --version 1 --stage Production';

/** Everything the site keeps in this browser, to prove a refused file changed nothing. */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

async function withSavedWork(page: Page): Promise<void> {
  await open(page, LESSON);
  await type(page, PROMOTE);
  await expect(board(page).locator('.stage-production').getByText('v1', { exact: true })).toBeVisible();
  await open(page, '/');
  await expect(card(page)).toContainText('Visited');
}

test('export, reset all, import: the lesson card, the board and the terminal come back', async ({ page }) => {
  await withSavedWork(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mlflow-academy-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const data = JSON.parse(await readFile(path, 'utf8')) as {
    format: string;
    version: number;
    sessions: Record<string, unknown>;
  };
  expect([data.format, data.version]).toEqual(['mlflow-academy-progress', 1]);
  expect(Object.keys(data.sessions)).toContain('model-stages');
  await expect(status(page)).toContainText('Exported 1 lesson');

  // Reset all asks first, says what goes, and Cancel keeps everything.
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(confirmation(page)).toContainText('Lesson “Model stages');
  await expect(confirmation(page).getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('Reset cancelled. Nothing was changed.');
  await expect(page.getByRole('button', { name: 'Reset all progress' })).toBeFocused();
  await expect(card(page)).toContainText('Visited');

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Delete all progress' }).click();
  await expect(card(page)).toHaveText('Not started');
  await expect(status(page)).toContainText('All progress was reset');
  expect(Object.keys(await stored(page)).filter((k) => k.includes(':session:'))).toEqual([]);

  await page.getByLabel('Import progress').setInputFiles(path);
  await expect(confirmation(page)).toContainText('Lesson progress');
  await expect(confirmation(page)).toContainText('added: Lesson “Model stages');
  await expect(card(page)).toHaveText('Not started'); // nothing happens before the confirmation
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(status(page)).toContainText('Imported');
  await expect(card(page)).toContainText('Visited');

  await open(page, LESSON);
  await expect(board(page).locator('.stage-production').getByText('v1', { exact: true })).toBeVisible();
  await expect(terminalLog(page)).toContainText(PROMOTE);
});

const BAD_FILES = [
  { name: 'broken.json', text: '{"format": "mlflow-academy-progress", "vers', says: 'it is not a JSON file' },
  {
    name: 'other-app.json',
    text: '{"format": "someone-else", "version": 1}',
    says: 'it is not a progress export from this site',
  },
  {
    name: 'damaged.json',
    text: JSON.stringify({
      format: 'mlflow-academy-progress',
      version: 1,
      exportedAt: 'x',
      progress: { v: 1, lessons: { 'model-stages': { visited: 'yes' } } },
      labs: { v: 1, labs: {} },
      sessions: {},
    }),
    says: 'it is damaged: progress.lessons.model-stages.visited',
  },
];

for (const bad of BAD_FILES) {
  test(`a file that is not a good export (${bad.name}) gets a message and changes nothing`, async ({ page }) => {
    await withSavedWork(page);
    const before = await stored(page);
    await page
      .getByLabel('Import progress')
      .setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.text) });
    await expect(status(page)).toContainText(`“${bad.name}” was not imported: ${bad.says}`);
    await expect(status(page)).toContainText('Nothing was changed.');
    await expect(confirmation(page)).toHaveCount(0);
    await expect(card(page)).toContainText('Visited');
    expect(await stored(page)).toEqual(before);
  });
}

test('axe finds nothing serious on the home page with the import confirmation open', async ({ page }) => {
  await withSavedWork(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  await page.getByLabel('Import progress').setInputFiles(await (await download).path());
  await expect(confirmation(page)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // axe reads settled colours, not a transition frame
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  }
});
