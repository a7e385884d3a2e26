// Assessment that measures, as a learner meets it in Chromium: shuffled options and drawn tests
// (ticking the first option scores like chance; two attempts share at most half their
// questions; a reload shows the same attempt), results that read right, the two kinds graded by
// running them, practice that teaches and remembers, and the spaced-review queue. Keyboard only
// where a learner might be, axe on every state.
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every lesson with a test, read from the content folder, so a new lesson is covered too.
const LESSONS = readdirSync(new URL('../../content/lessons/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .filter(
    (f) => !/^test:\s*false\s*$/m.test(readFileSync(new URL(`../../content/lessons/${f}`, import.meta.url), 'utf8')),
  )
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();
const visible = (page: Page) => page.locator('[data-question-list] > [data-question]:visible');
const ids = (page: Page) => visible(page).evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.question ?? ''));

/** Replace Math.random with a seeded generator, so an attempt's draw is the same on every run. */
async function seedRandom(page: Page, seed: number): Promise<void> {
  await page.addInitScript((s) => {
    let a = s >>> 0;
    Math.random = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }, seed);
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Tick the first option of every choice question, answer nothing else, submit anyway; the score. */
async function tickFirstAndSubmit(page: Page): Promise<number> {
  const choice = page.locator('[data-question-list] > [data-kind="choice"]:visible');
  const n = await choice.count();
  for (let i = 0; i < n; i++) await choice.nth(i).locator('input').first().check();
  await page.getByRole('button', { name: 'Submit' }).click();
  // Typed and ordered questions are left as they are: Submit asks once more when any is blank.
  const anyway = page.getByRole('button', { name: 'Submit anyway' });
  const heading = page.getByRole('heading', { name: /Your score: \d+\/10/ });
  await expect(anyway.or(heading)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(heading).toBeFocused();
  return Number(/(\d+)\/10/.exec((await heading.textContent()) ?? '')?.[1]);
}

for (const lesson of LESSONS) {
  test(`${lesson}: ticking the first option scores like chance over three first attempts`, async ({ browser }) => {
    test.setTimeout(180_000);
    const scores: number[] = [];
    for (const seed of [11, 22, 33]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await seedRandom(page, seed);
      await page.goto(`/lessons/${lesson}/test`);
      await expect(visible(page)).toHaveCount(10);
      scores.push(await tickFirstAndSubmit(page));
      await context.close();
    }
    // With keys spread and options shuffled, first-option guessing gets about a quarter of the
    // multiple-choice questions; before, it scored 8/10 and 10/10.
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean, `scores ${scores.join(', ')}`).toBeLessThanOrEqual(4);
  });

  test(`${lesson}: a retake draws again and shares at most half its questions`, async ({ page }) => {
    await seedRandom(page, 5);
    await page.goto(`/lessons/${lesson}/test`);
    const first = await ids(page);
    expect(new Set(first).size).toBe(10);
    await tickFirstAndSubmit(page);
    await page.getByRole('button', { name: 'Retake: a new draw' }).click();
    await expect(page.locator('[data-question-list] input:checked')).toHaveCount(0);
    const second = await ids(page);
    expect(new Set(second).size).toBe(10);
    expect(second.filter((id) => first.includes(id)).length).toBeLessThanOrEqual(5);
  });
}

test('a reload shows the same questions, option order and answers; after grading, the same results', async ({
  page,
}) => {
  await page.goto('/lessons/model-stages/test');
  const order = () =>
    page
      .locator('[data-question-list] > [data-kind="choice"]:visible')
      .evaluateAll((qs) =>
        qs.map((q) => [...q.querySelectorAll('[data-option]')].map((o) => (o as HTMLElement).dataset.option).join('')),
      );
  const before = { ids: await ids(page), order: await order() };
  const firstChoice = page.locator('[data-question-list] > [data-kind="choice"]:visible').first();
  await firstChoice.locator('input').nth(2).check();
  await page.reload();
  expect(await ids(page)).toEqual(before.ids);
  expect(await order()).toEqual(before.order);
  await expect(
    page.locator('[data-question-list] > [data-kind="choice"]:visible').first().locator('input').nth(2),
  ).toBeChecked();

  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  const score = await page.getByRole('heading', { name: /Your score/ }).textContent();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Your score/ })).toHaveText(score ?? '');
  await expect(page.getByText(/^Attempt 1, .*: \d+\/10$/)).toBeVisible();
});

test('results: the score first, words that fit, a list jumping to each missed question, then the review', async ({
  page,
}) => {
  await page.goto('/lessons/aliases/test');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  const heading = page.getByRole('heading', { name: 'Your score: 0/10' });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/None right this time/)).toBeVisible();
  // The score box comes before the questions in reading order.
  const scoreFirst = await page.evaluate(() => {
    const score = document.querySelector('[data-score]');
    const list = document.querySelector('[data-question-list]');
    return !!score && !!list && !!(score.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(scoreFirst).toBe(true);
  const missed = page.getByRole('navigation', { name: 'Questions you missed' }).getByRole('link');
  await expect(missed).toHaveCount(10);
  await missed.nth(3).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText('Question 4 of 10');
  await expect(page.getByText(/^✗ (Not answered|Wrong)$/).first()).toBeVisible();
  await axeClean(page);
});

test('type the command: a wrong answer gets the engine output and the failed checks; any spelling of a right one passes', async ({
  page,
}) => {
  // Draw until the stages test holds the shorthand question (seeded: the same draw every run).
  await seedRandom(page, 3);
  await page.goto('/lessons/model-stages/test');
  const q = page.locator('command-question[data-question="stage-three-by-typing"]');
  for (let i = 0; i < 6 && !(await q.isVisible()); i++) {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByRole('button', { name: 'Retake: a new draw' }).click();
  }
  await expect(q).toBeVisible();
  const box = q.getByRole('textbox', { name: /Your answer/ });
  await box.fill('mlflow models transition-stage --model-name my-model --version 2 --stage Staging');
  await page.reload();
  await expect(box).toHaveValue(/--version 2/);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(q.locator('[data-result]')).toHaveText('✗ Wrong');
  await expect(q.getByLabel('What the engine printed')).toContainText(
    "Model version '2' of 'my-model' transitioned to stage 'Staging'",
  );
  await expect(q.locator('[data-failed]')).toContainText(
    'Not met: version 3 is in Staging (now version 3 is in stage None).',
  );
  await expect(q.locator('[data-key]')).toContainText('mlflow models transition-stage');
  await axeClean(page);

  // Retake until it is drawn again, then answer it with flags in another order and quotes.
  await page.getByRole('button', { name: 'Retake: a new draw' }).click();
  for (let i = 0; i < 6 && !(await q.isVisible()); i++) {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByRole('button', { name: 'Retake: a new draw' }).click();
  }
  await expect(q).toBeVisible();
  await box.fill(`$ mlflow models transition-stage --stage 'staging' --version=3 --model-name "my-model"`);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(q.locator('[data-result]')).toHaveText('✓ Right');
});

test('put in order: keyboard Move up / Move down, announced, graded, kept across a reload', async ({ page }) => {
  await seedRandom(page, 3);
  await page.goto('/lessons/aliases/test');
  const q = page.locator('order-question[data-question="hand-over-in-order"]');
  for (let i = 0; i < 6 && !(await q.isVisible()); i++) {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByRole('button', { name: 'Retake: a new draw' }).click();
  }
  await expect(q).toBeVisible();
  const key = ['a', 'b', 'c'];
  const steps = () => q.locator('[data-step]').evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.step));
  expect(await steps()).not.toEqual(key);
  // Bubble the steps into the right order with the keyboard only: focus a button, press Enter.
  for (let pass = 0; pass < 3; pass++)
    for (let i = 1; i < 3; i++) {
      const order = await steps();
      if (key.indexOf(order[i] ?? '') < key.indexOf(order[i - 1] ?? '')) {
        const up = q
          .locator('[data-step]')
          .nth(i)
          .getByRole('button', { name: /^Move up:/ });
        await up.focus();
        await page.keyboard.press('Enter');
        await expect(q.locator('[data-moved]')).toContainText(`moved to position ${i} of 3`);
      }
    }
  expect(await steps()).toEqual(key);
  await page.reload();
  expect(await steps()).toEqual(key);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(q.locator('[data-result]')).toHaveText('✓ Right');
  await expect(q.getByText('The right order:')).toBeVisible();
});

test('practice: a wrong answer explains only the chosen option; answers come back after a reload; the card counts them', async ({
  page,
}) => {
  await page.goto('/lessons/model-stages/practice');
  const q = page.locator('practice-question').first();
  const wrong = q.locator('[data-option][data-correct="false"]').first();
  await wrong.locator('input').check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('[data-result]')).toContainText('the note under your choice says why');
  await expect(wrong.locator('[data-feedback]')).toBeVisible();
  await expect(q.locator('[data-feedback]:visible')).toHaveCount(1);
  await expect(page.getByText(/Practice: 0 of \d+ answered right \(1 tried\)/)).toBeVisible();
  await axeClean(page);

  await page.reload();
  await expect(wrong.locator('input')).toBeChecked();
  await expect(q.locator('[data-feedback]:visible')).toHaveCount(1);
  // Right now: every option explains itself.
  await q.locator('[data-option][data-correct="true"] input').check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('[data-result]')).toContainText('✓ Right');
  await expect(q.locator('[data-feedback]:visible')).toHaveCount(await q.locator('[data-option]').count());
  await page.goto('/');
  // The course path on the home page counts the practised question.
  await expect(page.locator('[data-progress-lesson="model-stages"]')).toContainText(/1\/\d+ practised/);
});

test('review: a missed question is due from the home page, answered on the review page, then rescheduled', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Review', exact: true })).toBeVisible();
  await page.goto('/lessons/aliases/practice');
  const q = page.locator('practice-question').first();
  await q.locator('[data-option][data-correct="false"] input').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await page.goto('/');
  const due = page.getByRole('link', { name: '1 due for review' });
  await expect(due).toBeVisible();
  await due.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/review\/?$/);
  await expect(page.getByText('1 due for review. Showing 1 of 1.')).toBeVisible();
  const item = page.locator('[data-review-item]:visible');
  await expect(item).toHaveCount(1);
  await expect(item.locator('input:checked')).toHaveCount(0);
  await axeClean(page);
  await item.locator('[data-option][data-correct="true"] input').check();
  await item.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('All done for now: 1 reviewed.')).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nothing is due. Take a lesson's practice or test")).toBeVisible();
});

test('practice, typed and ordered: the engine explains a wrong try, the key waits until right, answers come back', async ({
  page,
}) => {
  await page.goto('/lessons/model-stages/practice');
  const typed = page.locator('command-question[data-question="stage-two-by-typing"]');
  const box = typed.getByRole('textbox', { name: /Your answer/ });
  await box.fill('client.transition_model_version_stage("my-model", 3, "Staging")');
  await box.press('Control+Enter');
  await expect(typed.locator('[data-result]')).toContainText('✗ Not yet');
  await expect(typed.locator('[data-failed]')).toContainText(
    'Not met: version 2 is in Staging (now version 2 is in stage None).',
  );
  await expect(typed.locator('[data-key]')).toBeHidden();
  await typed.getByRole('button', { name: 'Run and check' }).click();
  await box.fill('client.transition_model_version_stage(name="my-model", version="2", stage="staging")');
  await typed.getByRole('button', { name: 'Run and check' }).click();
  await expect(typed.locator('[data-result]')).toContainText('✓ Right');
  await expect(typed.locator('[data-key]')).toBeVisible();

  const order = page.locator('order-question[data-question="release-in-order"]');
  await order.getByRole('button', { name: 'Check the order' }).click();
  await expect(order.locator('[data-result]')).toContainText('✗ Not yet');
  await expect(order.getByText('The right order:')).toBeHidden();
  await axeClean(page);

  await page.reload();
  await expect(box).toHaveValue('client.transition_model_version_stage(name="my-model", version="2", stage="staging")');
  await expect(typed.locator('[data-result]')).toContainText('✓ Right');
  await expect(order.locator('[data-result]')).toContainText('✗ Not yet');
});
