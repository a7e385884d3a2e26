// `npm run record:real`: re-record the expected output of every Python case that touches
// `mlflow` from the real MLflow (the oracle), in one Python process. Writes NAME.stdout and
// NAME.stderr (volatile values mapped to placeholders by ./normalise.ts; an empty stream has no
// file) and NAME.recorded.json (MLflow version, commit, exit status). Cases marked
// `# cannot-match: why` are left alone. Then says how many the simulator already matches.
//   npm run record:real [-- <case name or path substring>...]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cannotMatchReason, caseName, findCaseFiles, type RecordingInfo, touchesMlflow } from './cases.ts';
import { locateOracle, oracleCommit } from './locate.ts';
import { normaliseStreams } from './normalise.ts';
import { runOnOracle, runOnSimulator, scenarioOf, type Snippet } from './run.ts';

function writeOrRemove(path: string, text: string): void {
  if (text === '') rmSync(path, { force: true });
  else writeFileSync(path, text);
}

function main(argv: string[]): number {
  const located = locateOracle();
  if (!located.ok) {
    process.stderr.write(`record:real: ${located.message}\n`);
    return 2;
  }
  const filters = argv.filter((a) => !a.startsWith('-'));
  const all = findCaseFiles().map((path) => ({ path, name: caseName(path), source: readFileSync(path, 'utf8') }));
  const mlflowCases = all.filter((c) => touchesMlflow(c.source));
  const chosen = mlflowCases.filter((c) => filters.length === 0 || filters.some((f) => c.path.includes(f)));
  const skipped = chosen.filter((c) => cannotMatchReason(c.source) !== null);
  const toRecord = chosen.filter((c) => cannotMatchReason(c.source) === null);
  const snippets: Snippet[] = toRecord.map((c) => ({
    id: c.name,
    source: c.source,
    filename: '<snippet>',
    scenario: scenarioOf(c.source),
  }));
  process.stderr.write(`record:real: running ${snippets.length} cases on the real MLflow...\n`);
  const run = runOnOracle(located.oracle, snippets);
  const commit = oracleCommit(located.oracle);
  const differ: string[] = [];
  for (const c of toRecord) {
    const real = run.outcomes.get(c.name);
    if (!real) throw new Error(`no result for ${c.name}`);
    if (real.exitCode === 70) {
      process.stderr.write(`record:real: ${c.name}: the scenario prelude failed:\n${real.stderr}\n`);
      return 1;
    }
    const base = c.path.replace(/\.py$/, '');
    const rec = normaliseStreams(real);
    writeOrRemove(`${base}.stdout`, rec.stdout);
    writeOrRemove(`${base}.stderr`, rec.stderr);
    const info: RecordingInfo = { mlflow: run.mlflowVersion, commit, exitCode: real.exitCode };
    writeFileSync(`${base}.recorded.json`, `${JSON.stringify(info)}\n`);
    const sim = runOnSimulator({ id: c.name, source: c.source, filename: '<snippet>', scenario: scenarioOf(c.source) });
    const simN = normaliseStreams(sim);
    if (simN.stdout !== rec.stdout || simN.stderr !== rec.stderr || sim.exitCode !== real.exitCode) differ.push(c.name);
  }
  for (const c of skipped) {
    if (existsSync(c.path.replace(/\.py$/, '.recorded.json'))) rmSync(c.path.replace(/\.py$/, '.recorded.json'));
  }
  for (const name of differ) process.stdout.write(`differs: ${name}\n`);
  process.stdout.write(
    `record:real: ${toRecord.length} cases recorded from MLflow ${run.mlflowVersion} (${commit.slice(0, 9)}); ` +
      `the simulator matches ${toRecord.length - differ.length}, differs on ${differ.length}; ` +
      `${skipped.length} marked cannot-match\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
