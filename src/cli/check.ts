// `mlflow-sim check FILE...`: transcript doc-tests. Each file replays on a fresh deterministic
// session (from its `# scenario:` header, or --scenario); each failure prints file:line and a diff.
import { checkTranscriptFile } from '../engine/transcript-check.ts';
import { formatFailure } from '../engine/transcript.ts';
import { EXIT_FAILED, EXIT_OK } from './exit-codes.ts';
import { FileReadError, readText } from './files.ts';
import type { CliOptions } from './main.ts';
import { loadScenarioSpec } from './scenarios.ts';

export function checkFiles(files: string[], options: CliOptions): number {
  let failedFiles = 0;
  let steps = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if (!(e instanceof FileReadError)) throw e;
      process.stderr.write(`mlflow-sim: ${e.message}\n`);
      failedFiles++;
      continue;
    }
    const result = checkTranscriptFile(text, {
      scenarioSpec: options.scenario === undefined ? undefined : loadScenarioSpec(options.scenario),
      loadScenario: loadScenarioSpec,
      strict: options.strict || undefined,
      seed: options.seed,
    });
    steps += result.steps;
    if (result.ok) {
      process.stdout.write(`ok ${file} (${result.steps} steps)\n`);
    } else {
      failedFiles++;
      for (const f of result.failures) process.stdout.write(formatFailure(f, file) + '\n');
      process.stdout.write(`FAIL ${file} (${result.failures.length} of ${result.steps} steps differ)\n`);
    }
  }
  process.stdout.write(`check: ${files.length - failedFiles} of ${files.length} files hold (${steps} steps)\n`);
  return failedFiles === 0 ? EXIT_OK : EXIT_FAILED;
}
