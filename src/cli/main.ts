// mlflow-sim: the Node face of the engine. Parsing of its own arguments and file I/O live here;
// everything a learner types goes through the same Session as the browser.
import { parseArgs } from 'node:util';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.ts';
import { FileReadError } from './files.ts';
import { ScenarioError } from './scenarios.ts';
import { USAGE, VERSION } from './usage.ts';

export interface CliOptions {
  strict: boolean;
  scenario: string | undefined;
  /** Deterministic ids and clock from this seed; undefined = live sources (interactive default). */
  seed: number | undefined;
  exportScenario: string | undefined;
  /** `run`: replay every line even after one failed, and exit 0. */
  keepGoing: boolean;
}

class UsageError extends Error {}

function parse(argv: string[]): {
  command: string | undefined;
  files: string[];
  options: CliOptions;
  help: boolean;
  version: boolean;
} {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        strict: { type: 'boolean', default: false },
        scenario: { type: 'string' },
        seed: { type: 'string' },
        'export-scenario': { type: 'string' },
        'keep-going': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  let seed: number | undefined;
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0)
      throw new UsageError(`--seed must be a non-negative integer, got '${values.seed}'`);
  }
  const [command, ...files] = positionals;
  return {
    command,
    files,
    help: values.help ?? false,
    version: values.version ?? false,
    options: {
      strict: values.strict ?? false,
      scenario: values.scenario,
      seed,
      exportScenario: values['export-scenario'],
      keepGoing: values['keep-going'] ?? false,
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { command, files, options, help, version } = parse(argv);
    if (help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (version) {
      process.stdout.write(`mlflow-sim ${VERSION} (simulating MLflow 3.6.0)\n`);
      return 0;
    }
    switch (command) {
      case undefined:
        return await (await import('./interactive.ts')).interactive(options);
      case 'run':
        return (await import('./replay.ts')).replayFiles(need(files, 'run', 1), options);
      case 'python':
        return (await import('./python-file.ts')).runPythonFile(need(files, 'python', 1)[0]!, options);
      case 'check':
        return (await import('./check.ts')).checkFiles(need(files, 'check'), options);
      case 'scenarios':
        return (await import('./list-scenarios.ts')).listScenarios();
      case 'new': {
        const { scaffold, ScaffoldError } = await import('./new.ts');
        try {
          return scaffold(files);
        } catch (e) {
          if (!(e instanceof ScaffoldError)) throw e;
          process.stderr.write(`mlflow-sim new: ${e.message}\n`);
          return EXIT_USAGE;
        }
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ScenarioError) {
      process.stderr.write(`${USAGE}\nmlflow-sim: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof FileReadError) {
      process.stderr.write(`mlflow-sim: ${e.message}\n`);
      return EXIT_USAGE;
    }
    // Never a JavaScript stack: one line, a distinct exit code.
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

function need(files: string[], command: string, exactly?: number): string[] {
  if (files.length === 0) throw new UsageError(`'${command}' needs a FILE`);
  if (exactly !== undefined && files.length > exactly)
    throw new UsageError(`'${command}' takes ${exactly} FILE, got ${files.length}: ${files.join(' ')}`);
  return files;
}
