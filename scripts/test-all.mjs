// `npm test`: every test the project has, in one command, ending with the plain line
// `N passed, N failed` (CI reads that line; it cannot read vitest's or Playwright's summaries).
//   0. the strict type check (tsc), the formatter (Biome) and the dependency rules (dependency-cruiser)
//   1. unit, property and content tests (vitest; includes the content checker's tests)
//   2. `check:content`: every lesson example and answer key replayed through the engine
//   3. the site build (which also refuses invalid content)
//   4. browser tests (Playwright driving Chromium against `astro preview`) and budgets
// Each stage runs even when an earlier one failed, so one report shows everything. Before any of
// them, when the browser stage is wanted, a Chromium is found (scripts/find-chromium.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const reports = '.reports';
mkdirSync(reports, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one stage
const wanted = (name) => only.length === 0 || only.includes(name);

let passed = 0;
let failed = 0;
const lines = [];

if (wanted('e2e')) {
  // First, so a fresh machine without a browser learns the one command to run in seconds, not
  // after the other stages (playwright.config.ts and scripts/lighthouse.mjs read CHROMIUM_PATH).
  const found = await findChromium();
  if (found.error) {
    console.error(`\nnpm test: ${found.error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  env.CHROMIUM_PATH = found.path;
}

function run(label, cmd, args, extraEnv = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { code: r.status ?? 1, seconds };
}

function count(label, tally, code, seconds) {
  passed += tally.passed;
  failed += tally.failed;
  // A runner that exits non-zero without a failed test (crash, config error) still fails the run.
  if (code !== 0 && tally.failed === 0) failed += 1;
  lines.push(`${label}: ${tally.passed} passed, ${tally.failed} failed (${seconds}s)`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (wanted('types')) {
  // Strict TypeScript over everything (astro sync writes the content collections' types first).
  const sync = run('types', 'npx', ['astro', 'sync']);
  const { code, seconds } = sync.code === 0 ? run('types', 'npx', ['tsc', '--noEmit', '-p', '.']) : sync;
  count('types', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
}

if (wanted('format')) {
  // One formatter (Biome, biome.json); `npm run format` rewrites what this stage reports.
  const { code, seconds } = run('format', 'npx', ['biome', 'format', '.']);
  count('format', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
}

if (wanted('deps')) {
  // The layers of the architecture as import rules (.dependency-cruiser.cjs): the engine imports
  // nothing above it, registry/shell/python do not import each other sideways, no cycles.
  const { code, seconds } = run('deps', 'npm', ['run', '--silent', 'lint:deps']);
  count('deps', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
}

if (wanted('unit')) {
  const out = `${reports}/vitest.json`;
  const { code, seconds } = run('unit', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  const j = readJson(out);
  count('unit', { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? 0 }, code, seconds);
}

if (wanted('content')) {
  const { code, seconds } = run('content', 'npm', ['run', '--silent', 'check:content']);
  count('check:content', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
}

if (wanted('e2e')) {
  const build = run('build', 'npm', ['run', '--silent', 'build']);
  count('build', { passed: build.code === 0 ? 1 : 0, failed: build.code === 0 ? 0 : 1 }, build.code, build.seconds);
  if (build.code === 0) {
    const out = `${reports}/playwright.json`;
    const { code, seconds } = run('e2e', 'npx', ['playwright', 'test'], { PW_JSON_REPORT: out, CI: env.CI ?? 'true' });
    const j = readJson(out);
    const s = j?.stats ?? {};
    // No retries (playwright.config.ts): a flaky test counts as failed.
    count('browser', { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) }, code, seconds);
  }
  if (existsSync('scripts/check-budget.mjs') && build.code === 0) {
    const { code, seconds } = run('budget', 'node', ['scripts/check-budget.mjs']);
    count('budget', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
  }
  if (build.code === 0 && !process.env.SKIP_LIGHTHOUSE) {
    const { code, seconds } = run('lighthouse', 'node', ['scripts/lighthouse.mjs']);
    count('lighthouse', { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, code, seconds);
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
