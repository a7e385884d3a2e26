// Every page carries a Content-Security-Policy (a meta tag: hashes for its inline scripts, no
// 'unsafe-eval', workers from the site only), and the pages work under it: the terminal and the
// engine's worker, a lesson example's Run, the Monaco editor and its worker, the home page's
// progress panel. Any violation the browser reports fails the test.
import { expect, test } from '@playwright/test';
import { LESSON, open, terminalLog, type } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function policy(page: import('@playwright/test').Page): Promise<string> {
  return (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
}

test('a lesson page works under its policy: terminal, Run, the editor', async ({ page }) => {
  await open(page, LESSON);
  const csp = await policy(page);
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await type(page, 'python -c "print(6 * 7)"');
  await expect(terminalLog(page)).toContainText('42');
  const example = page.locator('code-example').first();
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(example.locator('[data-check]')).toContainText(/Matches|Differs/);
  await example.getByRole('button', { name: 'Edit' }).click();
  await expect(example.locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  expect(await violations(page)).toEqual([]);
});

for (const path of ['/', '/sandbox', '/guide', '/lessons/aliases', '/studio']) {
  test(`${path} loads and hydrates with no policy violation`, async ({ page }) => {
    await open(page, path);
    expect(await policy(page)).not.toBe('');
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
}
