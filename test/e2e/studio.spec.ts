// The lab builder as an instructor uses it: act a lab out in the studio's terminal, pick from the
// checks it proposes, write the story and hints, preview it, download the YAML, and the content
// checker proves the downloaded file; axe clean, and a reload keeps the draft.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { loadContent, staticRoutes } from '../../src/content-check/load.ts';
import { islandsReady, open, type } from './helpers.ts';

const STUDIO = '/studio/model-stages';

const ROUTE = [
  'python',
  'from mlflow import MlflowClient',
  'c = MlflowClient()',
  'c.transition_model_version_stage("my-model", 2, "Production", archive_existing_versions=True)',
  'c.set_model_version_tag("my-model", 2, "validation", "passed")',
  'exit()',
];

test('a lab built by typing commands downloads as YAML that the checker proves', async ({ page }) => {
  await open(page, STUDIO);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lab builder');
  await expect(page.getByTestId('studio-verdict')).toContainText('record the solution');
  for (const line of ROUTE) await type(page, line);

  const steps = page.getByRole('list', { name: 'Recorded steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(ROUTE.length);
  // Par counts the two registry-changing calls; python, the import, the client and exit() are free.
  await expect(page.getByTestId('studio-par')).toHaveText('2');

  // Proposed from what changed: the stage, the tag; all ticked at first.
  const proposed = page.getByRole('checkbox');
  await expect(page.getByRole('checkbox', { name: 'version 2 is in Production' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'tag validation on version 2 is "passed"' })).toBeChecked();
  expect(await proposed.count()).toBeGreaterThanOrEqual(3);
  // Untick the tag: the lab is about the promotion.
  await page.getByRole('checkbox', { name: 'tag validation on version 2 is "passed"' }).uncheck();

  await page.getByLabel('Lab id').fill('promote-two-in-studio');
  await page.getByLabel('Title').fill('Promote version 2 from the studio');
  await page.getByLabel('Story').fill('Version 2 passed review. Put it in Production and archive whatever was there.');
  await page.getByLabel('Hint 1: a nudge').fill('Which version passed review?');
  await page.getByLabel('Hint 2: the concept').fill('One call moves a version and can archive the others.');
  await expect(page.getByTestId('studio-verdict')).toContainText('Proven');

  await page.getByRole('button', { name: 'Preview as a learner' }).click();
  const preview = page.getByRole('region', { name: 'Learner’s preview' });
  await expect(preview).toContainText('Promote version 2 from the studio');
  await expect(preview.getByRole('region', { name: 'Goal' })).toContainText('Not yet: version 2 is in Production');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download promote-two-in-studio.yaml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('promote-two-in-studio.yaml');
  const yaml = readFileSync(await download.path(), 'utf8');
  const lab = parse(yaml) as {
    goal: { checks: { kind: string }[] };
    solution: { terminal: string[]; python?: string };
  };
  expect(lab.solution.terminal).toEqual(ROUTE);
  expect(lab.solution.python).toContain('transition_model_version_stage');
  expect(lab.goal.checks.map((c) => c.kind)).not.toContain('tag');

  // Saved into a copy of the course, the checker proves it along with everything else.
  const dir = mkdtempSync(join(tmpdir(), 'studio-lab-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content/labs/promote-two-in-studio.yaml'), yaml);
  const report = checkContent(loadContent(join(dir, 'content')), simulator, { routes: staticRoutes('src/pages') });
  expect(report.problems).toEqual([]);
  expect(report.labs).toBeGreaterThan(0);

  // A reload keeps the draft and the recorded steps.
  await page.reload();
  await islandsReady(page);
  await expect(page.getByLabel('Title')).toHaveValue('Promote version 2 from the studio');
  await expect(steps).toHaveCount(ROUTE.length);
  await expect(page.getByTestId('studio-verdict')).toContainText('Proven');
});

test('a solution written as a Python program in the editor is recorded, proposed from and proven', async ({ page }) => {
  await open(page, STUDIO);
  await page.getByText('Or write the solution as a Python program').click();
  await page
    .getByLabel(/Python program/)
    .fill(
      'from mlflow import MlflowClient\nMlflowClient().set_registered_model_alias("my-model", "champion", 3)\nprint("done")\n',
    );
  await page.getByRole('button', { name: 'Run program' }).click();
  await expect(page.getByRole('status', { name: 'Program output' })).toContainText('done');
  await expect(page.getByRole('list', { name: 'Recorded steps' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'alias champion points to version 3' })).toBeChecked();
  await expect(page.getByTestId('studio-par')).toHaveText('1');
  await page.getByLabel('Lab id').fill('crown-three-by-program');
  await page.getByLabel('Title').fill('Crown version 3');
  await page.getByLabel('Story').fill('Version 3 won the comparison. Make it the champion.');
  await page.getByLabel('Hint 1: a nudge').fill('Which name does serving load?');
  await page.getByLabel('Hint 2: the concept').fill('An alias points at one version.');
  await expect(page.getByTestId('studio-verdict')).toContainText('Proven');
  await page.getByText('The YAML').click();
  await expect(page.locator('.studio-yaml pre')).toContainText('python: |');
});

test('Reset starts the recording over, and the builder says what is missing', async ({ page }) => {
  await open(page, STUDIO);
  await type(page, 'mlflow models transition-stage --model-name my-model --version 3 --stage Staging');
  await expect(page.getByRole('checkbox', { name: 'version 3 is in Staging' })).toBeChecked();
  await page.getByRole('button', { name: 'Reset and record again' }).click();
  await expect(page.getByText('No steps recorded yet.')).toBeVisible();
  await expect(page.getByText('Nothing has changed yet, so there is nothing to check.')).toBeVisible();
  await expect(page.getByTestId('studio-verdict')).toContainText('record the solution');
  await expect(page.getByRole('button', { name: /^Download/ })).toBeDisabled();
});

test('the studio index lists every scenario, and the builder has no axe violations', async ({ page }) => {
  await open(page, '/studio');
  await expect(page.getByRole('link', { name: /Three versions of my-model/ })).toBeVisible();
  await open(page, STUDIO);
  await type(page, 'mlflow models transition-stage --model-name my-model --version 3 --stage Staging');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
