// Bundle budget for the lesson page, measured on the built site (dist/):
//   the JavaScript a learner's browser loads before any interaction (module scripts, every island's
//   component and renderer, and everything they import statically; dynamic `import()` is loaded
//   on intent and not counted) must be at most BUDGET_KB gzip, and must hold no editor (Monaco) code;
//   the CSS (stylesheet links and inline <style>) at most CSS_BUDGET_KB gzip, with no editor CSS;
//   the fonts the page asks for (preloads and @font-face sources) are reported on a line of their
//   own (woff2 is already compressed: counted as stored).
// Prints lines per page and exits 1 when a page is over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 120);
const CSS_BUDGET_KB = Number(process.env.CSS_BUDGET_KB ?? 40);

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
  // CSS: linked stylesheets and inline <style> blocks (except @font-face, counted as fonts).
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  let cssBytes = 0;
  const fontUrls = new Set();
  const editorCss = [];
  for (const href of sheets) {
    const file = join(DIST, href);
    if (!existsSync(file)) continue;
    const css = readFileSync(file, 'utf8');
    cssBytes += gz(Buffer.from(css));
    if (/\.monaco-editor\b/.test(css)) editorCss.push(href);
    for (const u of css.matchAll(/@font-face\s*{[^}]*?url\(([^)]+)\)/g)) fontUrls.add(u[1].replace(/['"]/g, ''));
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    const css = m[1];
    for (const u of css.matchAll(/@font-face\s*{[^}]*?url\(([^)]+)\)/g)) fontUrls.add(u[1].replace(/['"]/g, ''));
    const rest = css.replace(/@font-face\s*{[^}]*}/g, '');
    if (rest.trim()) cssBytes += gz(Buffer.from(rest));
    if (/\.monaco-editor\b/.test(rest)) editorCss.push('inline <style>');
  }
  for (const m of html.matchAll(/<link[^>]*rel="preload"[^>]*as="font"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) fontUrls.add(href);
  }
  let fontBytes = 0;
  const fonts = [];
  for (const url of fontUrls) {
    if (url.startsWith('data:')) continue;
    const file = join(DIST, url);
    if (!existsSync(file)) continue;
    fontBytes += readFileSync(file).length;
    fonts.push(url);
  }
  return { bytes, files: [...files], editor, cssBytes, sheets: sheets.length, editorCss, fontBytes, fonts };
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
    const { bytes, files, editor, cssBytes, sheets, editorCss, fontBytes, fonts } = measure(page);
    const kb = (n) => (n / 1024).toFixed(1);
    const over = bytes > BUDGET_KB * 1024;
    const cssOver = cssBytes > CSS_BUDGET_KB * 1024;
    console.log(
      `budget: ${page}: ${kb(bytes)} kB gzip of JavaScript before interaction in ${files.length} files (budget ${BUDGET_KB} kB)${over ? ' OVER BUDGET' : ''}`,
    );
    console.log(
      `budget: ${page}: ${kb(cssBytes)} kB gzip of CSS in ${sheets} stylesheets and inline styles (budget ${CSS_BUDGET_KB} kB)${cssOver ? ' OVER BUDGET' : ''}`,
    );
    console.log(`budget: ${page}: fonts ${kb(fontBytes)} kB (woff2) in ${fonts.length} files: ${fonts.join(', ')}`);
    if (editor.length)
      console.log(`budget: ${page}: editor code loaded before the learner asked for it: ${editor.join(', ')}`);
    if (editorCss.length)
      console.log(`budget: ${page}: editor CSS loaded before the learner asked for it: ${editorCss.join(', ')}`);
    failed ||= over || cssOver || editor.length > 0 || editorCss.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
