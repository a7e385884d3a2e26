// The interactive terminal: Node's readline around a Session (prompt, history, Tab completion,
// Ctrl+C, Ctrl+D), the same session the browser runs.
import { createInterface, type Interface } from 'node:readline';
import type { RunResult } from '../engine/session.ts';
import type { CliOptions } from './main.ts';
import { cliSession } from './session.ts';

export function interactive(options: CliOptions): Promise<number> {
  const session = cliSession(options, undefined);
  const tty = Boolean(process.stdin.isTTY);
  const history: string[] = [];

  const show = (r: RunResult): void => {
    if (r.clear && tty) process.stdout.write('\x1b[2J\x1b[H');
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
        terminal: tty,
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
        if (!tty) process.stdout.write(r.prompt + line + '\n');
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
        if (!closing && tty && session.mode === 'python') {
          process.stdout.write('\n');
          show(session.eof());
          open();
          return;
        }
        if (!closing && tty) process.stdout.write('exit\n');
        resolve(exitCode);
      });
      rl.prompt();
    };
    open();
  });
}
