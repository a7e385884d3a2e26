// The environment one learner's commands run in: the shared registry, injected sources and an
// output sink. Shell commands (./shell) and the Python `mlflow` bindings (./python) both take a
// SimEnv, so a transition made in Python shows in `mlflow models list-versions` and vice versa.
import type { Change, Result } from './registry/result.ts';
import type { MlflowError, RegistryState } from './registry/types.ts';
import type { Sources } from './sources.ts';

export type Stream = 'stdout' | 'stderr';

/**
 * What a stderr write is. Real programs write far more than errors to stderr: MLflow's and
 * uvicorn's INFO logs ('log'), Python's FutureWarning ('warning'), the course's own `note:` lines
 * ('note'). The program that writes the text says which, so a view can show a started server as
 * started without reading the words; a stderr write that says nothing is an error.
 */
export type Tone = 'error' | 'warning' | 'note' | 'log';

/** Where programs write. Text may hold several lines or part of one (Python's `end=''`). */
export interface Output {
  write(stream: Stream, text: string, tone?: Tone): void;
}

export interface SimEnv {
  /** The current registry; replaced (never mutated) by each successful operation. */
  registry: RegistryState;
  readonly sources: Sources;
  /** Strict mode: the terminal is exactly real MLflow 3.x (no course shorthand). */
  readonly strict: boolean;
  readonly out: Output;
  /** Changes made since the current input line started (read by the session afterwards). */
  readonly changes: Change[];
}

/**
 * Apply an operation's result to the environment: on success keep its state and record its
 * changes, then hand back the value; on failure hand back the error untouched (state unchanged).
 */
export function apply<T>(env: SimEnv, result: Result<T>): { ok: true; value: T } | { ok: false; error: MlflowError } {
  if (!result.ok) return result;
  env.registry = result.state;
  env.changes.push(...result.changes);
  return { ok: true, value: result.value };
}
