// Lighthouse (mobile preset, simulated throttling) on the built site, served by `astro preview`.
// Usage: node scripts/lighthouse.mjs [path ...]   (default: the home page and the first lesson)
// Fails (exit 1) when a page's performance or accessibility score is below MIN_SCORE (default 98).
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const MIN_SCORE = Number(process.env.MIN_SCORE ?? 98);
const PORT = 4329;
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/', '/lessons/model-stages/');

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  detached: true,
});
// Kept so that a server which fails to start can say why (a busy port, a missing build).
let serverOutput = '';
server.stdout.on('data', (d) => (serverOutput += d));
server.stderr.on('data', (d) => (serverOutput += d));
let serverExit = null;
server.on('exit', (code) => (serverExit = code));
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};

// The address astro preview announces: when PORT is busy it moves to the next free port rather
// than failing, so the announced "Local" URL is the one to measure.
function announcedOrigin() {
  const m = /Local\s+(http:\/\/[^\s/]+)/.exec(serverOutput.replace(/\x1b\[[0-9;]*m/g, ''));
  return m ? m[1] : null;
}

// As long as Playwright's webServer waits (playwright.config.ts): a busy 2-core machine is slow.
async function waitForServer() {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (serverExit !== null)
      throw new Error(`astro preview exited (${serverExit}) before serving:\n${serverOutput.trim()}`);
    const origin = announcedOrigin();
    if (origin) {
      try {
        const r = await fetch(`${origin}/`);
        if (r.ok) return origin;
      } catch {}
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not start within 60 s:\n${serverOutput.trim()}`);
}

let failed = false;
let chrome;
try {
  const origin = await waitForServer();
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      onlyCategories: ['performance', 'accessibility'],
      logLevel: 'error',
      output: 'json',
    });
    const lhr = result.lhr;
    const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
    const a11y = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
    const m = (id) => lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `lighthouse: ${path}: performance ${score}, accessibility ${a11y} (FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')})`,
    );
    const missed = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
    );
    for (const a of missed) console.log(`lighthouse: ${path}: accessibility: ${a.id}: ${a.title}`);
    if (score < MIN_SCORE || a11y < MIN_SCORE) failed = true;
  }
} catch (e) {
  console.error(`lighthouse: ${e instanceof Error ? e.message : e}`);
  failed = true;
} finally {
  await chrome?.kill();
  stop();
}
process.exit(failed ? 1 : 0);
