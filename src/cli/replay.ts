// `mlflow-sim run FILE`: type FILE's lines into one session and print what the browser terminal
// would show: the prompt and the input, then the output (stdout and stderr in the order written).
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { exportScenario } from '../engine/registry/index.ts';
import { readText } from './files.ts';
import type { CliOptions } from './main.ts';
import { cliSession } from './session.ts';

export function replayFiles(files: string[], options: CliOptions): number {
  const file = files[0]!;
  const text = readText(file);
  const session = cliSession(options, 1);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const r = session.run(line);
    out.push(r.prompt + line);
    for (const l of r.lines) out.push(l.text);
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  if (options.exportScenario) {
    writeFileSync(options.exportScenario, stringify(exportScenario(session.registry)));
    process.stderr.write(`mlflow-sim: wrote the registry as a scenario to ${options.exportScenario}\n`);
  }
  return 0;
}
