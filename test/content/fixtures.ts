// Content fixtures for the checker tests: a small valid course (test/fixtures/content/valid) and
// broken variants that each replace one of its files (test/fixtures/content/broken/<case>/...).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile, ContentFiles } from '../../src/content-check/check.ts';
import { loadContent } from '../../src/content-check/load.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The valid fixture course, with `brokenCase`'s files (if any) put in place of the originals. */
export function fixtureContent(brokenCase?: string): ContentFiles {
  const valid = loadContent(join(FIXTURES, 'valid'), join(FIXTURES, 'valid'));
  if (!brokenCase) return valid;
  const dir = join(FIXTURES, 'broken', brokenCase);
  const overlay = (folder: keyof ContentFiles): ContentFile[] => {
    const replaced = new Map((valid[folder] ?? []).map((f) => [f.path, f.text]));
    const sub = join(dir, folder);
    if (existsSync(sub))
      for (const name of readdirSync(sub)) replaced.set(`${folder}/${name}`, readFileSync(join(sub, name), 'utf8'));
    return [...replaced].map(([path, text]) => ({ path, text }));
  };
  return { lessons: overlay('lessons'), questions: overlay('questions'), scenarios: overlay('scenarios') };
}
