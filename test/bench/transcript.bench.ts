// The transcript matcher runs after every command on a lesson page and for every step the
// content checker proves; wildcards backtrack, so keep an eye on a long, wildcard-heavy output.
import { describe, test } from 'vitest';
import { matchOutput, parseTranscript } from '../../src/engine/transcript.ts';

const actual = Array.from({ length: 400 }, (_, i) => `${i + 1}        None   ${i.toString(16).padStart(32, '0')}  -`);
const withPlaceholders = actual.map((_, i) => `${i + 1}        None   <run_${i}>  -`);
const wildcards = [
  '1        None   <first>  -',
  '...',
  '200        None   <middle>  -',
  '...',
  '400        None   <last>  -',
];
const transcript = Array.from(
  { length: 200 },
  (_, i) => `$ mlflow models list-versions --model-name m${i}\nVERSION  STAGE\n...\n`,
).join('');

// Vitest 5: `bench` is a test-context fixture (see registry.bench.ts); no timing assertions.
const cases: ReadonlyArray<readonly [string, () => unknown]> = [
  ['400 lines, one placeholder each', () => matchOutput(withPlaceholders, actual)],
  ['400 lines against three anchors and two wildcards', () => matchOutput(wildcards, actual)],
  ['a failing 400-line match (builds the diff)', () => matchOutput(withPlaceholders.slice(1), actual)],
  ['parse a 200-step transcript', () => parseTranscript(transcript)],
];

describe('transcript matcher', () => {
  test.for(cases)('%s', async ([label, fn], { bench }) => {
    let sink: unknown;
    await bench(label, () => {
      sink = fn();
    }).run();
    void sink;
  });
});
