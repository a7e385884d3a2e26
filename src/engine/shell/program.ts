// What a program (builtin, `mlflow`, `curl`, `python`) sees while it runs: the learner's
// environment, the terminal's own state (jobs, notes already shown) and two output streams.
import type { SimEnv, Tone } from '../env.ts';
import type { FittedEstimator } from '../estimators.ts';

/** A model server started by `mlflow models serve`; its URI was resolved when it started. */
export interface ServerJob {
  readonly job: number;
  readonly pid: number;
  readonly host: string;
  readonly port: number;
  readonly modelUri: string;
  /** What the URI resolved to at start: a later transition does not change a running server. */
  readonly served: ServedModel;
  /** The command line, as `jobs` shows it. */
  readonly command: string;
  /** Started without `&`: Ctrl+C stops it. */
  readonly foreground: boolean;
}

/**
 * What a server resolved its URI to when it started. `artifact` names the trained model it holds
 * (src/engine/predict.ts), fixed at start: a later transition does not change a running server.
 */
export type ServedModel =
  | {
      readonly kind: 'version';
      readonly name: string;
      readonly version: number;
      readonly runId: string | null;
      readonly stage: string;
      readonly artifact?: string;
      /** The fitted model the server loaded at start (src/engine/estimators.ts). */
      readonly estimator?: FittedEstimator;
    }
  | {
      readonly kind: 'logged-model';
      readonly modelId: string;
      readonly runId: string | null;
      readonly artifact?: string;
      readonly estimator?: FittedEstimator;
    };

/** The terminal's state that outlives one input line (persisted by the session's snapshot). */
export interface ShellState {
  servers: ServerJob[];
  /** Kept for snapshots of older shape; job numbers are reused like bash (see nextJobNumber). */
  nextJob: number;
  /** Model environments already created (`Environment ... already exists` on the next serve). */
  envs: string[];
  /** Shorthand commands whose "real MLflow has no such command" note was already printed. */
  notesShown: string[];
  history: string[];
  /** `export NAME=value`: variables every later command sees (click reads `envvar`s from them). */
  exported?: Record<string, string>;
  /** `$?`: the exit code of the last command. */
  lastExit?: number;
}

/**
 * A copy of a variable table as a null-prototype object: names are the learner's text, so
 * `__proto__` or `constructor` must be variables like any other, not Object's own members.
 */
export function variableTable(from?: Readonly<Record<string, string>>): Record<string, string> {
  return Object.assign(Object.create(null) as Record<string, string>, from);
}

export function emptyShellState(): ShellState {
  return { servers: [], nextJob: 1, envs: [], notesShown: [], history: [] };
}

export interface ProgramContext {
  readonly env: SimEnv;
  readonly shell: ShellState;
  /** Write to stdout / stderr (text may hold several lines; add '\n' yourself). */
  out(text: string): void;
  /** `tone`: what the text is, when it is not an error (a log line, a course note). */
  err(text: string, tone?: Tone): void;
  /** The command line ended with `&`. */
  readonly background: boolean;
  /** The words of this command as typed, for `jobs` and error messages. */
  readonly words: readonly string[];
  /** `NAME=value` assignments typed before the command (click reads `envvar`s from them). */
  readonly vars: Readonly<Record<string, string>>;
}

/** bash numbers a new job one past the highest job still running. */
export function nextJobNumber(shell: ShellState): number {
  return shell.servers.reduce((max, s) => Math.max(max, s.job), 0) + 1;
}

/** A program of the simulated terminal: argv without the program name, returns an exit code. */
export type Program = (ctx: ProgramContext, args: readonly string[]) => number;
