// `mlflow-sim run FILE`: type FILE's lines into one session and print what the browser terminal
// would show: the prompt and the input, then the output (stdout and stderr in the order written).
// Like `bash -e`, the replay stops at the first line that fails (a shell exit status other than 0,
// or a Python statement that raised) and exits 1, so a script of steps that silently broke is
// not reported as done; `--keep-going` replays every line and exits 0.
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { exportScenario } from '../engine/registry/index.ts';
import type { Session } from '../engine/session.ts';
import { EXIT_FAILED, EXIT_OK } from './exit-codes.ts';
import { readText } from './files.ts';
import type { CliOptions } from './main.ts';
import { cliSession } from './session.ts';

/** The lines of a script as typed: CRLF and CR read as LF; no empty last line. */
export function scriptLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function replayFiles(files: string[], options: CliOptions): number {
  const file = files[0]!;
  const lines = scriptLines(readText(file));
  const session = cliSession(options, 1);
  const out: string[] = [];
  let failedAt: { line: number; text: string } | undefined;
  let failures = 0;
  for (const [i, line] of lines.entries()) {
    const r = session.run(line);
    out.push(r.prompt + line);
    for (const l of r.lines) out.push(l.text);
    if (r.failed) {
      failures++;
      failedAt ??= { line: i + 1, text: line };
      if (!options.keepGoing) break;
    }
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  writeScenario(session, options);
  if (failedAt === undefined) return EXIT_OK;
  if (options.keepGoing) {
    process.stderr.write(`mlflow-sim: ${failures} of ${lines.length} lines failed (kept going: --keep-going)\n`);
    return EXIT_OK;
  }
  process.stderr.write(
    `mlflow-sim: ${file}:${failedAt.line}: stopped at a line that failed: ${failedAt.text}\n` +
      `(--keep-going replays every line)\n`,
  );
  return EXIT_FAILED;
}

export function writeScenario(session: Session, options: CliOptions): void {
  if (!options.exportScenario) return;
  writeFileSync(options.exportScenario, stringify(exportScenario(session.registry)));
  process.stderr.write(`mlflow-sim: wrote the registry as a scenario to ${options.exportScenario}\n`);
}
