// `npm run fuzz -- --seed N --count 2000 [--start 0] [--out DIR] [--reuse-real]`
// `npm run fuzz -- --record-sample`   (re-record the CI sample in test/fuzz/sample/)
//
// Generates registry programs, runs them on the real MLflow (one process, one shared backend:
// /work/shared/oracle/batch.py --shared-db) and on the simulator in this process, and writes
// DIR/report.md: every statement whose printed outcome differs, grouped by kind. --reuse-real
// keeps the real outputs already in DIR (they never change for a seed), so after a fix only the
// simulator side runs again.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareProgram, counts, type Difference, report, stderrFacts, type Transcript } from './compare.ts';
import { FINDINGS } from '../../test/fuzz/findings.cases.ts';
import { generateProgram, PRELUDE, type Program } from './generate.ts';
import { ORACLE_COMMIT, RECORDED_NOTE, SAMPLE, SAMPLE_DIR } from './sample.ts';
import { runOnSimulator } from './sim.ts';

const ORACLE_ENV = '/opt/mlflow-oracle/env.sh';
const BATCH = '/work/shared/oracle/batch.py';
const SETUP =
  'the real MLflow is not set up here: run `bash /work/shared/oracle/setup.sh` (see /work/shared/oracle/README.md)';

interface Options {
  seed: number;
  count: number;
  start: number;
  out: string;
  reuseReal: boolean;
  recordSample: boolean;
  recordFindings: boolean;
  copy: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    seed: 1,
    count: 200,
    start: 0,
    out: '',
    reuseReal: false,
    recordSample: false,
    recordFindings: false,
    copy: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a whole number`);
      return v;
    };
    if (a === '--seed') o.seed = value();
    else if (a === '--count') o.count = value();
    else if (a === '--start') o.start = value();
    else if (a === '--out') o.out = argv[++i] ?? usage('--out needs a directory');
    else if (a === '--reuse-real') o.reuseReal = true;
    else if (a === '--record-sample') o.recordSample = true;
    else if (a === '--record-findings') o.recordFindings = true;
    else if (a === '--copy') o.copy = true;
    else usage(`unknown option ${a}`);
  }
  if (!o.out) o.out = `/tmp/mlflow-fuzz-seed${o.seed}${o.copy ? '-copy' : ''}`;
  return o;
}

function usage(message: string): never {
  process.stderr.write(
    `fuzz: ${message}\nusage: npm run fuzz -- [--seed N] [--count N] [--start N] [--out DIR] [--reuse-real] [--copy] | --record-sample | --record-findings\n`,
  );
  process.exit(2);
}

/** Run the programs on the real MLflow in one process (exit 2 when the oracle is not installed). */
function runReal(dir: string, files: string[], sharedDb = true): void {
  if (!existsSync(ORACLE_ENV)) {
    process.stderr.write(`fuzz: ${SETUP}\n`);
    process.exit(2);
  }
  const r = spawnSync(
    'bash',
    [
      '-c',
      `. ${ORACLE_ENV} && exec "$ORACLE_PY" ${BATCH} ${sharedDb ? '--shared-db ' : ''}"$0" "$@"`,
      join(dir, 'real'),
      ...files,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) {
    process.stderr.write(`fuzz: the real MLflow batch ended with status ${r.status}\n`);
    process.exit(1);
  }
  for (const f of files) copyFileSync(f, join(dir, 'real', basename(f)));
}

function readReal(dir: string, name: string): Transcript {
  const base = join(dir, 'real', name);
  return {
    stdout: readFileSync(`${base}.stdout`, 'utf8'),
    stderr: readFileSync(`${base}.stderr`, 'utf8'),
    rc: Number(readFileSync(`${base}.rc`, 'utf8').trim()),
  };
}

function writePrograms(dir: string, programs: readonly Program[]): string[] {
  mkdirSync(join(dir, 'programs'), { recursive: true });
  return programs.map((p) => {
    const file = join(dir, 'programs', `${p.name}.py`);
    writeFileSync(file, p.source);
    return file;
  });
}

function fuzz(o: Options): void {
  const programs = Array.from({ length: o.count }, (_, i) => generateProgram(o.seed, o.start + i, o.copy));
  const files = writePrograms(o.out, programs);
  // Real outputs are reused only for the very same program text (kept beside them).
  const sameProgram = (p: Program) => {
    const kept = join(o.out, 'real', `${p.name}.py`);
    return (
      existsSync(join(o.out, 'real', `${p.name}.rc`)) && existsSync(kept) && readFileSync(kept, 'utf8') === p.source
    );
  };
  const haveReal = o.reuseReal && programs.every(sameProgram);
  if (!haveReal) {
    rmSync(join(o.out, 'real'), { recursive: true, force: true });
    process.stderr.write(`fuzz: ${programs.length} programs on the real MLflow...\n`);
    runReal(o.out, files);
  }
  process.stderr.write(`fuzz: ${programs.length} programs on the simulator...\n`);
  const diffs: Difference[] = [];
  let statementsRun = 0;
  let clean = 0;
  for (const p of programs) {
    const sim = runOnSimulator(p.source, `${p.name}.py`);
    const found = compareProgram(p.name, p.source, readReal(o.out, p.name), sim);
    statementsRun += (p.source.match(/^(?:\w+ = )?show\(/gm) ?? []).length;
    if (found.length === 0) clean++;
    diffs.push(...found);
  }
  const command = `npm run fuzz -- --seed ${o.seed} --count ${o.count}${o.start ? ` --start ${o.start}` : ''}${o.copy ? ' --copy' : ''}`;
  const header = [
    `# Differential fuzz: seed ${o.seed}, programs ${o.start}..${o.start + o.count - 1}`,
    '',
    `Command: \`${command}\`. ${programs.length} programs, ${statementsRun} statements; ${clean} programs print exactly what the real MLflow prints.`,
  ].join('\n');
  const file = join(o.out, 'report.md');
  writeFileSync(file, report(diffs, header));
  const c = counts(diffs);
  process.stdout.write(
    `fuzz: ${programs.length} programs, ${statementsRun} statements; ${clean} programs identical; ${c.unexplained} unexplained differences, ${c.explained} explained, ${c.consequences} following an explained one. Report: ${file}\n`,
  );
  if (c.unexplained > 0) process.exitCode = 1;
}

/** Record the CI sample: the sample programs' real stdout beside each program. */
function recordSample(): void {
  const dir = '/tmp/mlflow-fuzz-sample';
  rmSync(dir, { recursive: true, force: true });
  const programs = SAMPLE.map(([seed, index]) => generateProgram(seed, index));
  const files = writePrograms(dir, programs);
  runReal(dir, files);
  rmSync(SAMPLE_DIR, { recursive: true, force: true });
  mkdirSync(SAMPLE_DIR, { recursive: true });
  for (const p of programs) {
    // Only the program's own lines: the test puts scripts/fuzz/prelude.py before them again.
    writeFileSync(join(SAMPLE_DIR, `${p.name}.py`), p.source.slice(PRELUDE.length));
    const real = readReal(dir, p.name);
    writeFileSync(join(SAMPLE_DIR, `${p.name}.stdout`), real.stdout);
    // Only the lines that matter: MLflow's own table-creation log is left out.
    const err = stderrFacts(real.stderr);
    if (err.length) writeFileSync(join(SAMPLE_DIR, `${p.name}.stderr`), `${err.join('\n')}\n`);
  }
  writeFileSync(join(SAMPLE_DIR, 'README.md'), RECORDED_NOTE);
  process.stdout.write(`fuzz: recorded ${programs.length} sample programs' real output in ${SAMPLE_DIR}\n`);
}

/** Record the findings table's expected outputs, each on a fresh backend. */
function recordFindings(): void {
  const dir = '/tmp/mlflow-fuzz-findings';
  rmSync(dir, { recursive: true, force: true });
  const programs = FINDINGS.map((f) => ({ name: f.name, source: `${PRELUDE}${f.code}` }));
  runReal(dir, writePrograms(dir, programs), false);
  const recorded: Record<string, string> = {};
  for (const p of programs) {
    const real = readReal(dir, p.name);
    if (real.rc !== 0) process.stderr.write(`fuzz: finding ${p.name} ended with status ${real.rc}:\n${real.stderr}\n`);
    recorded[p.name] = real.stdout;
  }
  const file = new URL('../../test/fuzz/findings.recorded.json', import.meta.url).pathname;
  writeFileSync(file, `${JSON.stringify({ oracle: ORACLE_COMMIT, outputs: recorded }, null, 2)}\n`);
  process.stdout.write(`fuzz: recorded ${programs.length} findings' real output in ${file}\n`);
}

const options = parseArgs(process.argv.slice(2));
if (options.recordSample) recordSample();
else if (options.recordFindings) recordFindings();
else fuzz(options);
