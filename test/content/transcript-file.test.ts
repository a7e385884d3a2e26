// `mlflow-sim check FILE`'s engine side: a transcript file with a `# scenario:` header replays in
// a fresh deterministic session; each failure carries its line, input, expected, actual and diff.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { ScenarioSpec } from '../../src/engine/registry/index.ts';
import { checkTranscriptFile } from '../../src/engine/transcript-check.ts';
import { formatDiff } from '../../src/engine/transcript.ts';
import { REPO } from './fixtures.ts';

const loadScenario = (name: string) =>
  parse(readFileSync(`${REPO}content/scenarios/${name}.yaml`, 'utf8')) as ScenarioSpec;

describe('checkTranscriptFile', () => {
  test('a transcript that matches passes, and its placeholders hold the volatile ids', () => {
    const text = [
      '# scenario: model-stages',
      '$ mlflow models transition-stage --model-name my-model --version 3 --stage staging',
      '...',
      "Model version '3' of 'my-model' transitioned to stage 'Staging'.",
      '$ mlflow models serve -h',
      "Error: Option '-h' requires an argument.",
    ].join('\n');
    const result = checkTranscriptFile(text, { loadScenario });
    expect(result).toMatchObject({ ok: true, steps: 2, failures: [], scenario: 'model-stages' });
  });

  test('a wrong expectation is reported with the line, the input and a diff', () => {
    const text = ['# scenario: model-stages', '$ mlflow models serve -h', 'Usage: mlflow models serve [OPTIONS]'].join(
      '\n',
    );
    const [failure] = checkTranscriptFile(text, { loadScenario }).failures;
    expect(failure).toMatchObject({
      line: 2,
      input: 'mlflow models serve -h',
      expected: ['Usage: mlflow models serve [OPTIONS]'],
      actual: ["Error: Option '-h' requires an argument."],
    });
    expect(formatDiff(failure?.diff ?? [])).toBe(
      "- Usage: mlflow models serve [OPTIONS]\n+ Error: Option '-h' requires an argument.",
    );
  });

  // facts §7: real MLflow has no stage command; strict mode answers like click does.
  test('a `# strict: true` header runs it as real MLflow', () => {
    const text = [
      '# scenario: model-stages',
      '# strict: true',
      '$ mlflow models transition-stage --model-name my-model --version 1 --stage Production',
      'Usage: mlflow models [OPTIONS] COMMAND [ARGS]...',
      "Try 'mlflow models --help' for help.",
      '',
      "Error: No such command 'transition-stage'.",
    ].join('\n');
    expect(checkTranscriptFile(text, { loadScenario }).ok).toBe(true);
  });

  test('a header naming a scenario needs a way to load it', () => {
    expect(() => checkTranscriptFile('# scenario: model-stages\n$ ls')).toThrow(
      "the transcript starts from scenario 'model-stages', but no scenario loader was given",
    );
  });
});
