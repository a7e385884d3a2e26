// `npm run dev` as an instructor uses it: save a content file with a mistake and every open page
// shows the problem (file, line, message) within a second or so; save the fix and it clears. Runs
// its own dev server on a copy of the site, so the real content is never touched.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4321) + 50;
let dir: string;
let server: ChildProcess;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dev-site-'));
  for (const part of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(part, join(dir, part), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('astro dev did not start')), 60_000);
    server.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes(`127.0.0.1:${PORT}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a saved mistake shows in the page with its file and line, and clears when fixed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${PORT}/guide`);
  const panel = page.getByRole('region', { name: /Content problems/ });
  // The course is valid: after the start-up check there is no panel.
  await page.waitForTimeout(4000);
  await expect(panel).toHaveCount(0);

  const bank = join(dir, 'content/questions/aliases.yaml');
  const good = readFileSync(bank, 'utf8');
  writeFileSync(bank, good.replace(/^(\s+difficulty:) easy$/m, '$1 simple'));
  await expect(panel).toBeVisible({ timeout: 5000 });
  await expect(panel).toContainText(
    /content\/questions\/aliases\.yaml:\d+:\d+: field "questions\[\d+\]\.difficulty": expected one of "easy", "medium", "hard", found "simple"/,
  );
  await expect(panel.getByRole('status')).toContainText('1 problem in 1 file');

  writeFileSync(bank, good);
  await expect(panel).toHaveCount(0, { timeout: 5000 });
});
