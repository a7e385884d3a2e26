// The site build holds the content to check:content with the checker's own words: the same lines
// as `npm run check:content`, printed before Astro reads the collections, then exit 1; never a
// stack trace or Astro's second wording of the same mistake.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { checkForBuild } from '../../src/integrations/content-guard.ts';
import { FIXTURES, REPO } from './fixtures.ts';

vi.setConfig({ testTimeout: 120_000 });

function course(broken?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (broken) cpSync(join(FIXTURES, 'broken', broken), dir, { recursive: true });
  return dir;
}

/** What `npm run check:content DIR` prints for problems (its unproven list aside). */
function checkerLines(dir: string): string[] {
  const r = spawnSync(process.execPath, ['src/content-check/cli.ts', dir], { cwd: REPO, encoding: 'utf8' });
  const out = r.stdout.split('not simulation-proven')[0]!;
  return out.trimEnd().split('\n');
}

describe('checkForBuild', () => {
  test('valid content: the summary line alone', () => {
    const dir = course();
    expect(checkForBuild(dir)).toMatchObject({
      ok: true,
      text: 'check:content: 2 examples and 6 questions proven, 0 failed\n',
    });
    rmSync(dir, { recursive: true, force: true });
  });

  test('broken content: every problem, in the very lines check:content prints', () => {
    const dir = course('many-mistakes');
    const { ok, text } = checkForBuild(dir);
    expect(ok).toBe(false);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('invalid content, the site is not built:');
    expect(lines.at(-1)).toMatch(/^check:content: .* proven, 7 failed$/);
    const printed = checkerLines(dir).map((l) => l.replace(/^\.\.\/.*?content-[^/]+\//, ''));
    const built = lines.map((l) => l.replace(/^\.\.\/.*?content-[^/]+\//, ''));
    for (const line of printed.filter((l) => !l.startsWith('check:content:'))) expect(built).toContain(line);
    rmSync(dir, { recursive: true, force: true });
  });
});

test('astro build on a course with a bad frontmatter field prints the checker lines, exits 1, shows no stack', () => {
  // A copy of the site with one mistake, built as `npm run build` builds it.
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const part of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  const lesson = join(dir, 'content/lessons/aliases.mdx');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^minutes: \d+$/m, 'minutes: twenty'));
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  const output = r.stdout + r.stderr;
  rmSync(dir, { recursive: true, force: true });
  expect(r.status).toBe(1);
  expect(output).toContain('invalid content, the site is not built:');
  expect(output).toMatch(
    /content\/lessons\/aliases\.mdx:\d+:1: frontmatter field "minutes": expected a number, found "twenty"/,
  );
  expect(output).toMatch(/check:content: .* proven, \d+ failed/);
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(output).not.toContain('InvalidContentEntryDataError');
  expect(output).not.toContain('An unhandled error occurred');
});
