// Check a transcript file (`npx mlflow-sim check FILE...`): an optional header such as
// `# scenario: model-stages` / `# strict: true`, then the transcript, replayed in one fresh,
// deterministic session. Kept apart from ./transcript.ts so the matcher stays light for the
// browser islands that only compare output.
import { buildScenario, type ScenarioSpec } from './registry/index.ts';
import * as python from './python/index.ts';
import { Session } from './session.ts';
import { deterministicSources } from './sources.ts';
import { readTranscriptHeader, replayTranscript, type ReplayResult } from './transcript.ts';

export interface TranscriptFileOptions {
  /** The starting registry; overrides the header's `# scenario:`. */
  readonly scenarioSpec?: ScenarioSpec;
  /** Resolves the header's `# scenario: <name>` (e.g. from content/scenarios/<name>.yaml). */
  readonly loadScenario?: (name: string) => ScenarioSpec;
  /** Real-MLflow mode; overrides the header's `# strict: true`. */
  readonly strict?: boolean;
  /** Seed of the deterministic ids and clock (default 1, as the content checker uses). */
  readonly seed?: number;
}

export interface TranscriptFileResult extends ReplayResult {
  /** The scenario the transcript ran from, if any (from the header or the options). */
  readonly scenario?: string;
}

export class TranscriptHeaderError extends Error {}

export function checkTranscriptFile(text: string, options: TranscriptFileOptions = {}): TranscriptFileResult {
  const header = readTranscriptHeader(text);
  let spec = options.scenarioSpec;
  const named = header['scenario'];
  if (!spec && named) {
    if (!options.loadScenario)
      throw new TranscriptHeaderError(
        `the transcript starts from scenario '${named}', but no scenario loader was given`,
      );
    spec = options.loadScenario(named);
  }
  const strict = options.strict ?? header['strict'] === 'true';
  const sources = deterministicSources(options.seed ?? 1);
  const session = new Session({ scenario: spec ? buildScenario(spec, sources) : undefined, sources, strict, python });
  const result = replayTranscript(session, text);
  const scenario = spec?.name ?? named;
  return scenario === undefined ? result : { ...result, scenario };
}
