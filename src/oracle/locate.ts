// Where the real MLflow (the oracle) lives on this machine, or one line saying how to set it up.
// The oracle is two folders: its scripts (run.sh, cli.sh, replay-terminal.py, setup.sh: the
// team's `shared/oracle`) and its install (ORACLE_HOME, default /opt/mlflow-oracle, holding env.sh,
// the unpacked MLflow and its `mlflow` console script).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Oracle {
  /** The oracle's scripts folder (run.sh, replay-terminal.py). */
  readonly scripts: string;
  /** ORACLE_HOME: the install (env.sh, site/, bin/mlflow). */
  readonly home: string;
  /** The Python that runs it (`ORACLE_PY` in env.sh). */
  readonly python: string;
  /** Environment variables a process needs to import the real MLflow. */
  readonly env: Record<string, string>;
}

export type Located = { readonly ok: true; readonly oracle: Oracle } | { readonly ok: false; readonly message: string };

/** The candidate scripts folders, in the order they are tried. */
export function oracleCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env.MLFLOW_ORACLE ? [resolve(env.MLFLOW_ORACLE)] : [];
  // `../shared/oracle` next to a checkout (the main checkout), or two up (a worktree in wt/<name>).
  return [...listed, resolve(REPO_ROOT, '../shared/oracle'), resolve(REPO_ROOT, '../../shared/oracle')];
}

export const SETUP_HINT =
  'the real MLflow (oracle) was not found: set MLFLOW_ORACLE to the folder holding run.sh and setup.sh, and run `bash $MLFLOW_ORACLE/setup.sh` once';

export function locateOracle(env: NodeJS.ProcessEnv = process.env): Located {
  const scripts = oracleCandidates(env).find((dir) => existsSync(join(dir, 'run.sh')));
  if (scripts === undefined) return { ok: false, message: SETUP_HINT };
  const home = resolve(env.ORACLE_HOME ?? '/opt/mlflow-oracle');
  const envSh = join(home, 'env.sh');
  if (!existsSync(envSh)) {
    return {
      ok: false,
      message: `the real MLflow is not installed (${envSh} is missing): run \`bash ${join(scripts, 'setup.sh')}\` once`,
    };
  }
  // env.sh is three plain assignments; read ORACLE_PY from it rather than sourcing a shell.
  const python = /^ORACLE_PY=(\S+)/m.exec(readFileSync(envSh, 'utf8'))?.[1] ?? '/usr/bin/python3';
  return {
    ok: true,
    oracle: {
      scripts,
      home,
      python,
      env: {
        ORACLE_HOME: home,
        PYTHONPATH: join(home, 'site'),
        PATH: `${join(home, 'bin')}:${env.PATH ?? '/usr/bin:/bin'}`,
        TZ: 'UTC',
        PYTHONHASHSEED: '0',
      },
    },
  };
}

/** The upstream MLflow commit the oracle was built from (its README names it). */
export function oracleCommit(oracle: Oracle): string {
  const readme = join(oracle.scripts, 'README.md');
  const m = existsSync(readme) ? /\b([0-9a-f]{40})\b/.exec(readFileSync(readme, 'utf8')) : null;
  return m?.[1] ?? 'unknown';
}
