#!/usr/bin/env node
// `npx mlflow-sim`: the same engine as the browser, in a real terminal. The sources are TypeScript,
// run directly by Node >= 22.6 with type stripping (on by default from 22.18); older 22.x needs the
// flag, so re-launch with it rather than asking users for a build step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`mlflow-sim needs Node >= 22.12 (this is ${process.version}). Run it through npx or npm scripts in this project, which bring Node 22.`);
  process.exit(2);
}
if (!process.features.typescript) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 70);
}
// Cache compiled code between runs (Node >= 22.1): a cold `mlflow-sim python` starts much faster.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
