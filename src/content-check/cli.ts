// `npm run check:content [-- CONTENT_DIR]`: prove the course's content (see ./check.ts).
// Prints each problem with its file and line, lists questions not proven by simulation, and
// ends with one line counting what was proven. Exit 1 when anything failed.
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, summaryLine } from './check.ts';
import { simulator } from './engine.ts';
import { loadContent, staticRoutes } from './load.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = process.argv[2] ?? `${repo}content`;
const report = checkContent(loadContent(contentDir), simulator, { routes: staticRoutes(`${repo}src/pages`) });

for (const problem of report.problems) process.stdout.write(`${formatProblem(problem)}\n`);
if (report.unproven.length > 0) {
  process.stdout.write(`not simulation-proven (no verify), ${report.unproven.length}:\n`);
  for (const where of report.unproven) process.stdout.write(`  ${where}\n`);
}
process.stdout.write(`${summaryLine(report)}\n`);
process.exitCode = report.problems.length > 0 ? 1 : 0;
