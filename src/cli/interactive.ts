// The interactive terminal: Node's readline around a Session (prompt, history, Tab completion,
// Ctrl+C, Ctrl+D), the same session the browser runs.
import { readFileSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import type { RunResult } from '../engine/session.ts';
import type { CliOptions } from './main.ts';
import { scriptLines } from './replay.ts';
import { cliSession } from './session.ts';

export function interactive(options: CliOptions): Promise<number> {
  if (!process.stdin.isTTY) return Promise.resolve(pipedScript(options));
  const session = cliSession(options, undefined);
  const history: string[] = [];

  const show = (r: RunResult): void => {
    if (r.clear) process.stdout.write('\x1b[2J\x1b[H');
    for (const l of r.lines) (l.stream === 'stderr' ? process.stderr : process.stdout).write(l.text + '\n');
  };

  return new Promise((resolve) => {
    let exitCode = 0;
    let rl: Interface;
    let closing = false;
    const open = (): void => {
      rl = createInterface({
        input: process.stdin,
        output: process.stdout,
        terminal: true,
        history: [...history].reverse(),
        historySize: 1000,
        completer: (line: string) => {
          const { from, candidates } = session.complete(line);
          return [candidates, line.slice(from)];
        },
      });
      rl.setPrompt(session.prompt);
      rl.on('line', (line) => {
        if (line.trim() !== '') history.push(line);
        const r = session.run(line);
        show(r);
        exitCode = r.exitCode;
        if ('exit' in r && r.exit) {
          closing = true;
          rl.close();
          return;
        }
        rl.setPrompt(session.prompt);
        rl.prompt();
      });
      rl.on('SIGINT', () => {
        process.stdout.write('^C\n');
        show(session.interrupt());
        rl.setPrompt(session.prompt);
        rl.prompt();
      });
      rl.on('close', () => {
        // Ctrl+D: leaves the Python REPL (and the terminal stays), or ends the shell.
        if (!closing && session.mode === 'python') {
          process.stdout.write('\n');
          show(session.eof());
          open();
          return;
        }
        if (!closing) process.stdout.write('exit\n');
        resolve(exitCode);
      });
      rl.prompt();
    };
    open();
  });
}

/**
 * Piped input (`mlflow-sim < steps.txt`, `echo ... | mlflow-sim`) is a script, as bash reads one:
 * no prompts and no echo of the lines, only their output; the exit status is the last line's.
 */
function pipedScript(options: CliOptions): number {
  const session = cliSession(options, undefined);
  const text = readFileSync(0, 'utf8');
  let status = 0;
  for (const line of scriptLines(text)) {
    const r = session.run(line);
    for (const l of r.lines) (l.stream === 'stderr' ? process.stderr : process.stdout).write(l.text + '\n');
    status = r.failed ? r.exitCode || 1 : 0;
  }
  return status;
}
