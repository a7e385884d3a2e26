// Shell builtins: help, echo, history, clear, reset, exit, jobs, kill, export, unset. Messages follow bash
// (`bash: kill: %3: no such job`, `[1]+  Terminated ...`); `help` and `reset` are the
// simulator's own and say so.
import { variableTable, type Program, type ProgramContext, type ServerJob } from './program.ts';
import { shutdownLines } from './serve/start.ts';

/** What the session does for builtins that reach outside the shell (registry reset, clearing). */
export interface SessionHooks {
  reset(): void;
  clear(): void;
  exit(): void;
}

const HELP = `This simulated terminal runs:
  mlflow ...        the MLflow 3.x command line (try \`mlflow models --help\`)
  python            a Python REPL with the mlflow client; \`python -c "..."\` runs code
  curl URL          talk to a model server started with \`mlflow models serve\`
Builtins: help, echo, history, clear, reset (back to the starting registry),
  jobs, kill %N | PID (stop a server), export NAME=value, unset NAME, exit
Keys: Ctrl+C stops a foreground server or cancels input, Ctrl+D leaves Python,
  Tab completes commands, options, model names, versions and stages.
`;

/** bash pads a job's state to 24 columns: `[1]+  Running                 mlflow models serve ...`. */
function jobLine(job: ServerJob, marker: string, state: string): string {
  return `[${job.job}]${marker}  ${state.padEnd(24)}${job.command}${state === 'Running' ? ' &' : ''}\n`;
}

function marker(servers: readonly ServerJob[], job: ServerJob): string {
  const sorted = [...servers].sort((a, b) => b.job - a.job);
  if (sorted[0] === job) return '+';
  if (sorted[1] === job) return '-';
  return ' ';
}

export function stopServer(ctx: ProgramContext, job: ServerJob, signal: 'TERM' | 'KILL' | 'INT'): void {
  const servers = ctx.shell.servers;
  const mark = marker(servers, job);
  if (signal !== 'KILL') ctx.err(shutdownLines(job), 'log');
  ctx.shell.servers = servers.filter((s) => s !== job);
  if (signal !== 'INT') ctx.err(jobLine(job, mark, signal === 'KILL' ? 'Killed' : 'Terminated'));
}

function kill(ctx: ProgramContext, args: readonly string[]): number {
  let signal: 'TERM' | 'KILL' | 'INT' = 'TERM';
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-s' || a === '-n') {
      const v = (args[++i] ?? '').toUpperCase();
      signal =
        v === 'KILL' || v === '9' || v === 'SIGKILL'
          ? 'KILL'
          : v === 'INT' || v === '2' || v === 'SIGINT'
            ? 'INT'
            : 'TERM';
    } else if (/^-(9|KILL|SIGKILL)$/i.test(a)) signal = 'KILL';
    else if (/^-(2|INT|SIGINT)$/i.test(a)) signal = 'INT';
    else if (/^-(15|TERM|SIGTERM)$/i.test(a)) signal = 'TERM';
    else if (a === '-l') {
      ctx.out(' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 9) SIGKILL\t15) SIGTERM\n');
      return 0;
    } else if (a.startsWith('-') && a.length > 1) {
      ctx.err(`bash: kill: ${a.slice(1)}: invalid signal specification\n`);
      return 1;
    } else targets.push(a);
  }
  if (targets.length === 0) {
    ctx.err('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return 2;
  }
  let code = 0;
  for (const t of targets) {
    let job: ServerJob | undefined;
    if (t.startsWith('%')) {
      const spec = t.slice(1);
      const servers = ctx.shell.servers;
      job =
        spec === '' || spec === '%' || spec === '+'
          ? [...servers].sort((a, b) => b.job - a.job)[0]
          : spec === '-'
            ? [...servers].sort((a, b) => b.job - a.job)[1]
            : servers.find((s) => String(s.job) === spec);
      if (!job) {
        ctx.err(`bash: kill: ${t}: no such job\n`);
        code = 1;
        continue;
      }
    } else if (/^\d+$/.test(t)) {
      job = ctx.shell.servers.find((s) => String(s.pid) === t);
      if (!job) {
        ctx.err(`bash: kill: (${t}) - No such process\n`);
        code = 1;
        continue;
      }
    } else {
      ctx.err(`bash: kill: ${t}: arguments must be process or job IDs\n`);
      code = 1;
      continue;
    }
    stopServer(ctx, job, signal);
  }
  return code;
}

export function builtins(hooks: SessionHooks): Record<string, Program> {
  return {
    help: (ctx) => {
      ctx.out(HELP);
      return 0;
    },
    echo: (ctx, args) => {
      let newline = true;
      let rest = args;
      while (rest[0] !== undefined && /^-[neE]+$/.test(rest[0])) {
        if (rest[0].includes('n')) newline = false;
        rest = rest.slice(1);
      }
      ctx.out(rest.join(' ') + (newline ? '\n' : ''));
      return 0;
    },
    history: (ctx, args) => {
      if (args[0] === '-c') {
        ctx.shell.history.length = 0;
        return 0;
      }
      const all = ctx.shell.history;
      const count = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) : all.length;
      const first = Math.max(all.length - count, 0);
      ctx.out(
        all
          .slice(first)
          .map((line, i) => `${String(first + i + 1).padStart(5)}  ${line}\n`)
          .join(''),
      );
      return 0;
    },
    clear: () => {
      hooks.clear();
      return 0;
    },
    reset: (ctx) => {
      hooks.reset();
      ctx.out('Registry reset to the starting scenario; servers stopped.\n');
      return 0;
    },
    exit: (ctx) => {
      ctx.out('logout\n');
      hooks.exit();
      return 0;
    },
    jobs: (ctx) => {
      const servers = [...ctx.shell.servers].sort((a, b) => a.job - b.job);
      ctx.out(servers.map((s) => jobLine(s, marker(servers, s), 'Running')).join(''));
      return 0;
    },
    kill,
    export: exportBuiltin,
    unset: (ctx, args) => {
      const exported = variableTable(ctx.shell.exported);
      for (const name of args) delete exported[name];
      ctx.shell.exported = exported;
      return 0;
    },
  };
}

/** bash's `export`: `NAME=value` or `NAME`; with no names it lists them as `declare -x`. */
function exportBuiltin(ctx: ProgramContext, args: readonly string[]): number {
  const exported = variableTable(ctx.shell.exported);
  const names = args.filter((a) => a !== '--');
  if (names.length === 0 || (names.length === 1 && names[0] === '-p')) {
    for (const [k, v] of Object.entries(exported).sort(([a], [b]) => (a < b ? -1 : 1))) {
      ctx.out(`declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`);
    }
    return 0;
  }
  let code = 0;
  for (const word of names) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(word);
    if (!m) {
      ctx.err(`bash: export: \`${word}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    const name = m[1] as string;
    if (m[2] !== undefined) exported[name] = m[2];
    else if (!Object.hasOwn(exported, name)) exported[name] = '';
  }
  ctx.shell.exported = exported;
  return code;
}
