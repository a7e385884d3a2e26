// The site build runs the content checker first and refuses to build on any failure.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { FIXTURES } from './fixtures.ts';

const buildStart = (contentDir: string) => {
  const logged: string[] = [];
  contentGuard({ contentDir }).hooks['astro:build:start']({ logger: { info: (m: string) => logged.push(m) } });
  return logged;
};

test('valid content builds and the log says what was proven', () => {
  expect(buildStart(join(FIXTURES, 'valid'))).toEqual(['check:content: 2 examples and 6 questions proven, 0 failed']);
});

test('a wrong expected output stops the build with the checker message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'broken', 'wrong-code-output'), dir, { recursive: true });
  try {
    expect(() => buildStart(dir)).toThrow(
      /invalid content, the site is not built:\n.*tiny-lesson\.mdx:22: the output of the python run block differs/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
