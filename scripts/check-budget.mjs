// Bundle budget for the lesson page, measured on the built site (dist/):
//   the JavaScript a learner's browser loads before any interaction (module scripts, every island's
//   component and renderer, and everything they import statically; dynamic `import()` is loaded
//   on intent and not counted) must be at most BUDGET_KB gzip, and must hold no editor (Monaco) code.
// Prints one line per page and exits 1 when a page is over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 150);

function htmlPages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlPages(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

function walk(url, seen) {
  if (seen.has(url)) return;
  const file = join(DIST, url);
  if (!existsSync(file)) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1];
    if (/^https?:/.test(spec)) continue;
    const next = spec.startsWith('/') ? spec : resolve('/', dirname(url), spec);
    walk(next, seen);
  }
}

export function measure(page) {
  const html = readFileSync(page, 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(m[1]);
  const files = new Set();
  for (const e of entries) walk(e, files);
  let bytes = 0;
  for (const f of files) bytes += gz(readFileSync(join(DIST, f)));
  // Inline scripts (Astro's island loader, theme bootstrap) count too.
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += gz(Buffer.from(m[1]));
  const editor = [...files].filter(
    (f) =>
      /monaco|editor\.api|editor\.main|editor\.worker/i.test(f) ||
      /monaco-editor/.test(readFileSync(join(DIST, f), 'utf8').slice(0, 2000)),
  );
  return { bytes, files: [...files], editor };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (!existsSync(DIST)) {
    console.error('check-budget: no dist/ (run `npm run build` first)');
    process.exit(1);
  }
  const pages = htmlPages(DIST).filter(
    (p) => /lessons\/[^/]+\/index\.html$/.test(p) || /lessons\/[^/]+\.html$/.test(p),
  );
  if (pages.length === 0) {
    console.error('check-budget: no lesson page found in dist/lessons');
    process.exit(1);
  }
  let failed = false;
  for (const page of pages) {
    const { bytes, files, editor } = measure(page);
    const kb = (bytes / 1024).toFixed(1);
    const over = bytes > BUDGET_KB * 1024;
    console.log(
      `budget: ${page}: ${kb} kB gzip of JavaScript before interaction in ${files.length} files (budget ${BUDGET_KB} kB)${over ? ' OVER BUDGET' : ''}`,
    );
    if (editor.length)
      console.log(`budget: ${page}: editor code loaded before the learner asked for it: ${editor.join(', ')}`);
    failed ||= over || editor.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
