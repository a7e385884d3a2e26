// `npm run check:content [-- CONTENT_DIR]`: prove the course's content (see ./check.ts).
// Prints each problem with its file and line, lists questions not proven by simulation, and
// ends with one line counting what was proven. Exit 1 when anything failed.
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, summaryLine } from './check.ts';
import { simulator } from './engine.ts';
import { loadContent, staticRoutes } from './load.ts';
import { checkOnRealMlflow } from '../oracle/content-real-cli.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const real = args.includes('--real');
const contentDir = args.find((a) => !a.startsWith('--')) ?? `${repo}content`;
const files = loadContent(contentDir);
const options = { routes: staticRoutes(`${repo}src/pages`) };
// `--real`: the same check answered by the real MLflow (src/oracle/content-real.ts).
const report = real ? await checkOnRealMlflow(files, options) : checkContent(files, simulator, options);

for (const problem of report.problems) process.stdout.write(`${formatProblem(problem)}\n`);
if (report.unproven.length > 0) {
  process.stdout.write(`not simulation-proven (no verify), ${report.unproven.length}:\n`);
  for (const where of report.unproven) process.stdout.write(`  ${where}\n`);
}
process.stdout.write(`${summaryLine(report)}\n`);
process.exitCode = report.problems.length > 0 ? 1 : 0;
