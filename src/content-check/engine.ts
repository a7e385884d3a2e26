// The checker's view of the simulator: fresh deterministic sessions built from scenarios. The
// same Session the browser and `mlflow-sim` use, so what the checker proves is what learners see.
import { buildScenario, ScenarioSpec } from '../engine/registry/index.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import * as python from '../engine/python/index.ts';
import { Session } from '../engine/session.ts';
import { deterministicSources } from '../engine/sources.ts';
import { outputLines, type RunsLines } from '../engine/transcript.ts';
import { parseWithFriendlyErrors } from '../schemas/friendly.ts';

export interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Both streams in the order written, when the session records it (the page shows this). */
  readonly output?: readonly { readonly stream: string; readonly text: string }[];
}

/** A Python run's lines as the lesson page's code runner shows them (src/components/lesson/python-output.ts). */
export function pythonOutputLines(run: PythonRun): string[] {
  if (Array.isArray(run.output)) return outputLines(run.output);
  return outputLines([{ text: run.stdout }, { text: run.stderr }].filter((p) => p.text !== ''));
}

export interface CheckSession extends RunsLines {
  runPython(source: string, filename?: string): PythonRun;
  readonly registry: RegistryState;
}

export interface CheckEngine {
  /** Validate a scenario file's data (throws a ContentError naming the field). */
  parseScenario(data: unknown, file: string): unknown;
  /** A fresh session with deterministic ids and clock (seed 1), starting from the scenario. */
  newSession(spec: unknown, options?: { strict?: boolean }): CheckSession;
}

export const simulator: CheckEngine = {
  parseScenario: (data, file) => parseWithFriendlyErrors(ScenarioSpec, data, file),
  newSession(spec, options = {}) {
    const sources = deterministicSources(1);
    const scenario = spec === undefined ? undefined : buildScenario(spec as ScenarioSpec, sources);
    return new Session({ scenario, sources, strict: options.strict ?? false, python });
  },
};
