// One shell input line: tokenize, then run each command in turn, honouring `;`, `&&`, `||` and
// a trailing `&`. An unknown program answers like bash (exit 127); a bug inside a program
// becomes one `internal error: ...` line (exit 70), never a JavaScript exception.
import type { SimEnv } from '../env.ts';
import { variableTable, type Program, type ProgramContext, type ShellState } from './program.ts';
import { BARE_EXPANSION, EXPANSION, tokenize } from './tokenize.ts';

export interface LineContext {
  readonly env: SimEnv;
  readonly shell: ShellState;
  readonly programs: Readonly<Record<string, Program>>;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

export function internalError(env: SimEnv, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  env.out.write('stderr', `internal error: ${message}\n`);
  return 70;
}

/** Run a line; returns the exit code of the last command run. */
export function runLine(line: string, lc: LineContext): number {
  const parsed = tokenize(line);
  if (!parsed.ok) {
    lc.env.out.write('stderr', parsed.message + '\n');
    return 2;
  }
  let code = 0;
  let skip = false;
  for (const cmd of parsed.commands) {
    if (!skip) {
      code = runCommand(
        cmd.words.map((w) => w.text),
        cmd.then === '&',
        lc,
      );
      lc.shell.lastExit = code;
    }
    // `a && b` runs b only if a succeeded; `a || b` only if it failed; `;` and `&` always go on.
    skip = (cmd.then === '&&' && code !== 0) || (cmd.then === '||' && code === 0);
  }
  return code;
}

function runCommand(words0: readonly string[], background: boolean, lc: LineContext): number {
  let allWords = words0;
  // Exported variables reach every command; `NAME=value cmd` overrides them for that command.
  const vars = variableTable(lc.shell.exported);
  // Parameter expansion: exported variables and `$?`; an unset name (or $1..$9) expands to
  // nothing, and a word made only of unquoted expansions that come out empty disappears.
  const value = (name: string): string => (name === '?' ? String(lc.shell.lastExit ?? 0) : (vars[name] ?? ''));
  const marks = new RegExp(`([${EXPANSION}${BARE_EXPANSION}])([^${EXPANSION}${BARE_EXPANSION}]*)\\1`, 'g');
  const bareOnly = new RegExp(`^(?:${BARE_EXPANSION}[^${EXPANSION}${BARE_EXPANSION}]*${BARE_EXPANSION})+$`);
  allWords = allWords.flatMap((text) => {
    if (!text.includes(EXPANSION) && !text.includes(BARE_EXPANSION)) return [text];
    const out = text.replace(marks, (_, _mark: string, name: string) => value(name));
    return out === '' && bareOnly.test(text) ? [] : [out];
  });
  let first = 0;
  while (first < allWords.length && ASSIGNMENT.test(allWords[first] as string)) {
    const m = ASSIGNMENT.exec(allWords[first] as string) as RegExpExecArray;
    vars[m[1] as string] = m[2] as string;
    first++;
  }
  const words = allWords.slice(first);
  const name = words[0];
  if (name === undefined) return 0; // only assignments: accepted, nothing to run
  const program = Object.hasOwn(lc.programs, name) ? lc.programs[name] : undefined;
  if (!program) {
    lc.env.out.write('stderr', `bash: ${name}: command not found\n`);
    return 127;
  }
  const ctx: ProgramContext = {
    env: lc.env,
    shell: lc.shell,
    out: (text) => lc.env.out.write('stdout', text),
    err: (text, tone) => lc.env.out.write('stderr', text, tone),
    background,
    words,
    vars,
  };
  try {
    return program(ctx, words.slice(1));
  } catch (error) {
    return internalError(lc.env, error);
  }
}
