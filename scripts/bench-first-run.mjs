// First Run on a lesson page, measured in Chromium: the time from the click on a code example's
// Run to its check saying "Matches", on a freshly opened page that a learner has not touched
// (the engine has loaded and warmed in its worker while the page was idle). Beside it, the same
// Chromium boots Pyodide (CPython in WebAssembly, the devDependency) and runs the same source:
// what running the lesson's Python for real in the page would cost before the first output.
// Pyodide has no `mlflow` package, so its run ends at the snippet's first import; boot dominates.
//
//   npm run build && node scripts/bench-first-run.mjs        (BENCH_RUNS=5, PW_PORT=4321)
// Prints each run and the medians, and exits 1 if the median first Run is over 50 ms.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.PW_PORT ?? 4321);
const LESSON = process.env.BENCH_LESSON ?? '/lessons/aliases';
const BUDGET_MS = 50;
const base = `http://127.0.0.1:${PORT}`;

if (!existsSync(join(root, 'dist'))) {
  console.error('bench-first-run: no dist/ (run `npm run build` first)');
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function waitForServer(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

// Astro's own entry on this Node (not through npx), so that ending it ends the server.
const server = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
  {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

/** One fresh page: load, let it go idle, then click the first example's Run and time the check. */
async function firstRun() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + LESSON, { waitUntil: 'networkidle' });
  // The learner reads for a moment before clicking: the page's idle time is when the worker warms.
  await page.waitForTimeout(1500);
  const ms = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const example = document.querySelector('code-example');
        const run = example?.querySelector('[data-run]');
        const check = example?.querySelector('[data-check]');
        if (!run || !check) return reject(new Error('no code example on the page'));
        const t0 = performance.now();
        const done = () => {
          if (/Matches/.test(check.textContent ?? '')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          } else if (/Differs/.test(check.textContent ?? '')) reject(new Error(check.textContent));
        };
        const observer = new MutationObserver(done);
        observer.observe(check, { childList: true, subtree: true, characterData: true });
        run.click();
      }),
  );
  await context.close();
  return ms;
}

/** The same source in Pyodide, booted in a fresh page of the same browser. */
async function pyodideRun(source) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dir = join(root, 'node_modules/pyodide');
  const types = {
    '.mjs': 'text/javascript',
    '.js': 'text/javascript',
    '.wasm': 'application/wasm',
    '.json': 'application/json',
    '.zip': 'application/zip',
  };
  await page.route('http://pyodide.bench/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    if (name === 'index.html')
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pyodide</title>' });
    const file = join(dir, name);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: types[extname(name)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.goto('http://pyodide.bench/index.html');
  const ms = await page.evaluate(async (src) => {
    const t0 = performance.now();
    const { loadPyodide } = await import('http://pyodide.bench/pyodide.mjs');
    const py = await loadPyodide({ indexURL: 'http://pyodide.bench/' });
    try {
      py.runPython(src);
    } catch {
      // ModuleNotFoundError: No module named 'mlflow' (expected; see the header)
    }
    return performance.now() - t0;
  }, source);
  await context.close();
  return ms;
}

try {
  await waitForServer(base + LESSON, 60_000);
  const html = await (await fetch(base + LESSON)).text();
  const data = /<code-example[^>]*data-example="([^"]*)"/.exec(html)?.[1] ?? '';
  const source = JSON.parse(
    data
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ).code;
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await firstRun());
    theirs.push(await pyodideRun(source));
    console.log(`run ${i + 1}: first Run ${ours[i].toFixed(1)} ms, Pyodide boot + run ${theirs[i].toFixed(0)} ms`);
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `first Run click-to-checked-output: median ${a.toFixed(1)} ms (budget ${BUDGET_MS} ms); Pyodide boot + same snippet: median ${b.toFixed(0)} ms; ratio ${(b / a).toFixed(0)}x`,
  );
  process.exitCode = a > BUDGET_MS ? 1 : 0;
} finally {
  await browser.close();
  server.kill();
}
