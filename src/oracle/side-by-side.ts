// `npm run real -- [--scenario NAME] snippet.py`: run a snippet on the real MLflow (the oracle)
// and on the simulator (as `mlflow-sim python` runs it: fresh registry, seed 1) and print a
// unified diff of stdout, of the stderr lines that matter (warnings, each traceback's last line)
// and of the exit status, after mapping volatile values to placeholders (./normalise.ts).
// Exit 0 when the two agree, 1 when they differ, 2 on bad usage or when the oracle is missing.
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { locateOracle, oracleCommit } from './locate.ts';
import { normaliseStreams, stderrThatMatters } from './normalise.ts';
import { type Outcome, runOnOracle, runOnSimulator, scenarioOf } from './run.ts';

const USAGE = 'usage: npm run real -- [--scenario NAME] snippet.py';

export interface Section {
  readonly title: string;
  readonly real: string;
  readonly simulator: string;
}

/** The three things compared, normalised (volatile values as placeholders). */
export function sections(real: Outcome, sim: Outcome): Section[] {
  const r = normaliseStreams(real);
  const s = normaliseStreams(sim);
  const lines = (xs: string[]) => (xs.length ? `${xs.join('\n')}\n` : '');
  return [
    { title: 'stdout', real: r.stdout, simulator: s.stdout },
    {
      title: 'stderr (warnings, last traceback line)',
      real: lines(stderrThatMatters(r.stderr)),
      simulator: lines(stderrThatMatters(s.stderr)),
    },
    { title: 'exit status', real: `${real.exitCode}\n`, simulator: `${sim.exitCode}\n` },
  ];
}

export function formatSections(list: readonly Section[]): { text: string; same: boolean } {
  let text = '';
  let same = true;
  for (const s of list) {
    if (s.real === s.simulator) {
      text += `${s.title}: same\n`;
      continue;
    }
    same = false;
    const patch = createTwoFilesPatch('real MLflow', 'simulator', s.real, s.simulator, '', '', { context: 3 });
    // Drop jsdiff's "Index"/"===" banner: the section title says what is compared.
    const body = patch
      .split('\n')
      .filter((l) => !l.startsWith('=====') && !l.startsWith('Index:'))
      .join('\n');
    text += `${s.title}: differs\n${body.endsWith('\n') ? body : `${body}\n`}`;
  }
  return { text, same };
}

function main(argv: string[]): number {
  let scenario: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--scenario') scenario = argv[++i] ?? null;
    else if (a.startsWith('--scenario=')) scenario = a.slice('--scenario='.length);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else files.push(a);
  }
  const file = files[0];
  if (files.length !== 1 || file === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const located = locateOracle();
  if (!located.ok) {
    process.stderr.write(`real: ${located.message}\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`real: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return 2;
  }
  const snippet = { id: 'snippet', source, filename: file, scenario: scenario ?? scenarioOf(source) };
  let run: ReturnType<typeof runOnOracle>;
  try {
    run = runOnOracle(located.oracle, [snippet]);
  } catch (e) {
    process.stderr.write(`real: ${(e as Error).message}\n`);
    return 2;
  }
  const real = run.outcomes.get('snippet');
  if (!real) return 2;
  const sim = runOnSimulator(snippet);
  const { text, same } = formatSections(sections(real, sim));
  process.stdout.write(
    `real MLflow ${run.mlflowVersion} (${oracleCommit(located.oracle).slice(0, 9)}) vs simulator: ${file}\n${text}`,
  );
  return same ? 0 : 1;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
