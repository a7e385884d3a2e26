// The checker's view of the simulator: fresh deterministic sessions built from scenarios. The
// same Session the browser and `mlflow-sim` use, so what the checker proves is what learners see.
import { buildScenario, ScenarioSpec } from '../engine/registry/index.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import { Session } from '../engine/session.ts';
import { deterministicSources } from '../engine/sources.ts';
import type { RunsLines } from '../engine/transcript.ts';
import { parseWithFriendlyErrors } from '../schemas/friendly.ts';

export interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CheckSession extends RunsLines {
  runPython(source: string, filename?: string): PythonRun;
  readonly registry: RegistryState;
}

export interface CheckEngine {
  /** Validate a scenario file's data (throws a ContentError naming the field). */
  parseScenario(data: unknown, file: string): unknown;
  /** A fresh session with deterministic ids and clock (seed 1), starting from the scenario. */
  newSession(spec: unknown): CheckSession;
}

export const simulator: CheckEngine = {
  parseScenario: (data, file) => parseWithFriendlyErrors(ScenarioSpec, data, file),
  newSession(spec) {
    const sources = deterministicSources(1);
    const scenario = spec === undefined ? undefined : buildScenario(spec as ScenarioSpec, sources);
    return new Session({ scenario, sources });
  },
};
