// Read a content folder (lessons, questions, scenarios, labs) and the site's static routes from disk.
// Node only: used by the CLI, the build hook and the tests, never by the browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile, ContentFiles } from './check.ts';

function readFolder(root: string, folder: string, ext: RegExp, shownFrom: string): ContentFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => ext.test(name))
    .sort()
    .map((name) => ({
      path: relative(shownFrom, join(dir, name)).replace(/\\/g, '/'),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** Every content file under `contentDir`; paths in messages are relative to `shownFrom`. */
export function loadContent(contentDir: string, shownFrom = process.cwd()): ContentFiles {
  return {
    lessons: readFolder(contentDir, 'lessons', /\.mdx$/, shownFrom),
    questions: readFolder(contentDir, 'questions', /\.ya?ml$/, shownFrom),
    scenarios: readFolder(contentDir, 'scenarios', /\.ya?ml$/, shownFrom),
    labs: readFolder(contentDir, 'labs', /\.ya?ml$/, shownFrom),
  };
}

/** Routes from src/pages (`guide.astro` -> `/guide`, `lessons/[slug]/test.astro` -> `/lessons/[slug]/test`). */
export function staticRoutes(pagesDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}/${entry.name}`);
      else if (/\.(astro|mdx?|html)$/.test(entry.name)) {
        const name = entry.name.replace(/\.(astro|mdx?|html)$/, '');
        routes.push(name === 'index' ? prefix || '/' : `${prefix}/${name}`);
      }
    }
  };
  walk(pagesDir, '');
  return routes;
}
