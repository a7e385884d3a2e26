#!/usr/bin/env node
// `npx mlflow-sim`: the same engine as the browser, in a real terminal.
// It runs a bundle of its TypeScript sources (node_modules/.cache/mlflow-sim/cli.mjs), rebuilt here
// whenever a source is newer, because one file starts several times faster than ~150 type-stripped
// ones. Without esbuild it runs the sources directly (Node >= 22.6 strips types; on by default
// from 22.18, so older 22.x is re-launched with the flag).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `mlflow-sim needs Node >= 22.12 (this is ${process.version}). Run it through npx or npm scripts in this project, which bring Node 22.`,
  );
  process.exit(2);
}
if (!process.features.typescript) {
  const r = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(r.status ?? 70);
}

// Cache compiled code between runs (Node >= 22.1).
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();

const root = new URL('../', import.meta.url);
const bundle = new URL('node_modules/.cache/mlflow-sim/cli.mjs', root);

/** The newest modification time under a folder (a few ms for the engine's sources). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(`${e.parentPath}/${e.name}`).mtimeMs);
  }
  return t;
}

async function loadMain() {
  if (process.env.MLFLOW_SIM_NO_BUNDLE) return (await import('../src/cli/main.ts')).main;
  try {
    let built = 0;
    try {
      built = statSync(bundle).mtimeMs;
    } catch {}
    if (built < newest(fileURLToPath(new URL('src/', root)))) {
      await (await import('../scripts/build-cli.mjs')).buildCli();
    }
    return (await import(pathToFileURL(fileURLToPath(bundle)).href)).main;
  } catch {
    // No esbuild (or an unwritable cache): the sources run as they are, only slower to start.
    return (await import('../src/cli/main.ts')).main;
  }
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
