// Record-and-replay: whatever a session prints, written down as a transcript, replays clean in a
// fresh session from the same scenario. This is the promise lessons rely on (expected output is
// pasted from the engine) and it needs both the format and the engine to be deterministic.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { runs } from '../property.ts';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { simulator } from '../../src/content-check/engine.ts';
import { outputLines, replayTranscript } from '../../src/engine/transcript.ts';
import { REPO } from './fixtures.ts';

const spec = parse(readFileSync(`${REPO}content/scenarios/model-stages.yaml`, 'utf8'));

const command = fc.oneof(
  fc.constant('mlflow models list-versions --model-name my-model'),
  fc
    .record({
      v: fc.integer({ min: 0, max: 4 }),
      s: fc.constantFrom('Staging', 'production', 'ARCHIVED', 'None', 'Prod'),
      a: fc.boolean(),
    })
    .map(
      ({ v, s, a }) =>
        `mlflow models transition-stage --model-name my-model --version ${v} --stage ${s}${a ? ' --archive-existing-versions' : ''}`,
    ),
  fc.constantFrom(
    'mlflow models serve -h',
    'mlflow models',
    'mlflow modles serve',
    'mlflow models serve -m models:/my-model/Production -p 1234 --env-manager local &',
    'jobs',
  ),
);

test('a recorded session replays as a transcript', () => {
  fc.assert(
    fc.property(fc.array(command, { minLength: 1, maxLength: 8 }), (commands) => {
      const recording = simulator.newSession(spec);
      const transcript = commands.flatMap((c) => [`$ ${c}`, ...outputLines(recording.run(c).lines)]).join('\n');
      const replay = replayTranscript(simulator.newSession(spec), transcript);
      expect(replay.failures).toEqual([]);
    }),
    { numRuns: runs(40) },
  );
});
