// `python` in the simulated terminal: no arguments enters the REPL (the session switches mode),
// `-c CODE` runs code, `--version` answers, and a file name gets Python's own "can't open file"
// message, because the simulator has no file system.
import type { Program } from './program.ts';
import { PYTHON_VERSION } from './serve/start.ts';

export interface PythonHooks {
  /** Start the REPL; returns false when no Python runtime is available. */
  enterRepl(): boolean;
  /** Run a script in the terminal's environment; undefined when no runtime is available. */
  runScript(source: string, filename: string): number | undefined;
}

export const NO_PYTHON = 'python: the Python interpreter is not available in this build of the simulator.\n';

export function pythonProgram(hooks: PythonHooks): Program {
  return (ctx, args) => {
    const first = args[0];
    if (first === undefined || first === '-i' || first === '-q') {
      if (!hooks.enterRepl()) {
        ctx.err(NO_PYTHON);
        return 1;
      }
      return 0;
    }
    if (first === '--version' || first === '-V') {
      ctx.out(`Python ${PYTHON_VERSION}\n`);
      return 0;
    }
    if (first === '-c') {
      const code = args[1];
      if (code === undefined) {
        ctx.err(
          "Argument expected for the -c option\nusage: python [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n",
        );
        return 2;
      }
      const exit = hooks.runScript(code, '<string>');
      if (exit === undefined) {
        ctx.err(NO_PYTHON);
        return 1;
      }
      return exit;
    }
    if (first === '-m') {
      ctx.err(
        `python: the simulator runs code only (\`python -c "..."\` or the REPL), not modules like \`-m ${args[1] ?? ''}\`.\n`,
      );
      return 1;
    }
    if (first.startsWith('-')) {
      ctx.err(
        `Unknown option: ${first}\nusage: python [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`,
      );
      return 2;
    }
    const path = first.startsWith('/') ? first : `/home/learner/${first.replace(/^\.\//, '')}`;
    ctx.err(`python: can't open file '${path}': [Errno 2] No such file or directory\n`);
    ctx.err(
      'note: this simulated terminal has no file system; paste the code into the REPL, use `python -c "..."`, or run it in the code editor.\n',
      'note',
    );
    return 2;
  };
}
