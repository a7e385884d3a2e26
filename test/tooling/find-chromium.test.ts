// `npm test` finds a Chromium before any stage spends time (scripts/find-chromium.mjs): on a
// newcomer's machine it either uses what is there, installs Debian's when it may, or stops with
// the one command to run.
import { describe, expect, test } from 'vitest';
import { findChromium } from '../../scripts/find-chromium.mjs';

/** A made-up machine: nothing is there unless listed. */
function machine(files: string[], more: Record<string, unknown> = {}) {
  return {
    chromiumPath: null, // not undefined: that would fall back to this machine's own CHROMIUM_PATH
    pathChromium: null,
    playwrightChromium: null,
    root: false,
    debian: false,
    install: () => false,
    isExecutable: (p: string) => files.includes(p),
    ...more,
  };
}
const quiet = () => {};

describe('findChromium', () => {
  test.each([
    [
      'CHROMIUM_PATH first',
      machine(['/opt/chrome', '/usr/bin/chromium'], { chromiumPath: '/opt/chrome' }),
      '/opt/chrome',
    ],
    ["then the system's", machine(['/usr/bin/chromium'], { pathChromium: '/snap/bin/chromium' }), '/usr/bin/chromium'],
    ['then chromium on PATH', machine([], { pathChromium: '/snap/bin/chromium' }), '/snap/bin/chromium'],
    [
      "then Playwright's own",
      machine([], { playwrightChromium: '/root/.cache/ms-playwright/chrome' }),
      '/root/.cache/ms-playwright/chrome',
    ],
  ])('%s', async (_label, where, path) => {
    expect(await findChromium(where, quiet)).toEqual({ path });
  });

  test("as root on Debian it installs Debian's chromium", async () => {
    const files: string[] = [];
    const logged: string[] = [];
    const where = machine(files, {
      root: true,
      debian: true,
      install: () => {
        files.push('/usr/bin/chromium');
        return true;
      },
    });
    expect(await findChromium(where, (l: string) => logged.push(l))).toEqual({ path: '/usr/bin/chromium' });
    expect(logged).toEqual(["npm test: installing Debian's chromium for the browser tests (apt-get install chromium)"]);
  });

  test.each([
    ['Debian, not root', machine([], { debian: true }), '  sudo apt-get install chromium'],
    ['another system', machine([]), '  npx playwright install chromium'],
    ['root on Debian, apt-get failing', machine([], { root: true, debian: true }), '  apt-get install chromium'],
  ])('otherwise it names the one command to run (%s)', async (_label, where, command) => {
    const found = await findChromium(where, quiet);
    expect(found.path).toBeUndefined();
    expect(found.error?.split('\n')).toContain(command);
  });

  test('a CHROMIUM_PATH that is not there is reported, not skipped', async () => {
    const found = await findChromium(machine(['/usr/bin/chromium'], { chromiumPath: '/nope' }), quiet);
    expect(found.error).toBe(
      'CHROMIUM_PATH is /nope, which is not an executable file. Point it at a Chromium or Chrome binary.',
    );
  });
});
