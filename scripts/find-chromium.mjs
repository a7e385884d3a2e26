// The Chromium the browser tests and Lighthouse drive, found before `npm test` spends time on
// anything else: CHROMIUM_PATH, then the system's (/usr/bin/chromium, or `chromium` on PATH), then
// Playwright's own download if one is installed. As root on Debian it installs Debian's package,
// as .ci/run does (Playwright cannot download browsers on these machines). Otherwise it names the
// one command that gets a Chromium.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    return p && executable(p) ? p : null;
  } catch {
    return null;
  }
}

/** As .ci/run does it: Debian's package, no recommends. True when apt-get succeeded. */
function installDebianChromium() {
  if (spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' }).status !== 0) return false;
  const args = ['install', '-y', '-qq', '--no-install-recommends', 'chromium'];
  return spawnSync('apt-get', args, { stdio: 'ignore' }).status === 0;
}

/**
 * `{ path }` of a Chromium, or `{ error }`: a message that ends in the one command to run.
 * `machine` overrides what is looked at (the tests describe made-up machines); `log` receives a
 * line when something is being installed.
 */
export async function findChromium(machine = {}, log = console.log) {
  const {
    chromiumPath = process.env.CHROMIUM_PATH,
    systemChromium = '/usr/bin/chromium',
    pathChromium = onPath('chromium'),
    playwrightChromium = await playwrightsOwn(),
    root = typeof process.getuid === 'function' && process.getuid() === 0,
    debian = existsSync('/etc/debian_version'),
    install = installDebianChromium,
    isExecutable = executable,
  } = machine;
  if (chromiumPath) {
    if (isExecutable(chromiumPath)) return { path: chromiumPath };
    return {
      error: `CHROMIUM_PATH is ${chromiumPath}, which is not an executable file. Point it at a Chromium or Chrome binary.`,
    };
  }
  if (isExecutable(systemChromium)) return { path: systemChromium };
  if (pathChromium) return { path: pathChromium };
  if (playwrightChromium) return { path: playwrightChromium };
  if (root && debian) {
    log("npm test: installing Debian's chromium for the browser tests (apt-get install chromium)");
    if (install() && isExecutable(systemChromium)) return { path: systemChromium };
    return { error: 'Installing chromium with apt-get failed. Run it to see why:\n  apt-get install chromium' };
  }
  const command = debian ? 'sudo apt-get install chromium' : 'npx playwright install chromium';
  return {
    error:
      "The browser tests need a Chromium and none was found (CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH, Playwright's own). Run:\n" +
      `  ${command}\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  };
}
