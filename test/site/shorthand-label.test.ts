// Lesson transcripts carry a "course shorthand" label exactly when a command is one real MLflow
// lacks (seed errata #1-2; facts §6.1: `mlflow models` has no stage commands).
import { expect, test } from 'vitest';
import { completionLabel, usesShorthand } from '../../src/components/lesson/shorthand.ts';

test.each([
  ['mlflow models transition-stage --model-name my-model --version 1 --stage Production', true],
  ['mlflow models transition-version --model-name my-model --version 1 --stage Staging', true],
  ['mlflow models list-versions --model-name my-model', true],
  ['mlflow models serve -m models:/my-model/Production -p 1234 --env-manager local &', false],
  ['mlflow models serve -h', false],
  ['curl -s -X POST http://127.0.0.1:1234/invocations', false],
  ['mlflow --version', false],
  ['python', false],
])('%s → %s', (input, expected) => {
  expect(usesShorthand(input)).toBe(expected);
});

// Tab's list labels only invented commands, never the real versions and stages completed in them.
test.each([
  ['mlflow models ', 'transition-stage', 'transition-stage (course shorthand)'],
  ['mlflow models ', 'list-versions', 'list-versions (course shorthand)'],
  ['mlflow models ', 'serve', 'serve'],
  ['mlflow models transition-stage --model-name my-model --version ', '2', '2'],
  ['mlflow models transition-stage --model-name my-model --version 2 --stage ', 'Production', 'Production'],
  ['mlflow models transition-stage --model-name ', 'my-model', 'my-model'],
])('after %j, %s is listed as %s', (head, candidate, label) => {
  expect(completionLabel(head, candidate)).toBe(label);
});
