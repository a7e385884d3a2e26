// The note under an example's expected output that explains its placeholders (the matcher's
// rules in src/engine/transcript.ts), in the learner's words.
import { expect, test } from 'vitest';
import { placeholderLegend } from '../../src/components/lesson/legend.ts';

test('names the placeholders the example uses and explains "..."', () => {
  const text = placeholderLegend([
    '[1] <pid>',
    '...',
    '<date> <time_a> INFO mlflow.pyfunc.backend: ...',
    '1        None   <run_1>  -',
  ]);
  expect(text).toContain('<pid>, <date>, <time_a>, … stand for values that differ on every run');
  expect(text).toContain('“...” stands for lines left out');
  expect(text).toContain('allows for both');
});

test('one placeholder reads in the singular', () => {
  expect(placeholderLegend(['1 None <run_1> -'])).toContain('<run_1> stands for a value');
  expect(placeholderLegend(['1 None <run_1> -'])).toContain('accepts any value there');
});

test.each([
  [["Model version '1' of 'my-model' transitioned to stage 'Production'."]],
  // Real output in angle brackets is not a placeholder (the matcher ignores it too).
  [["<ModelVersion: aliases=[], name='my-model', version=1>"]],
])('no note when nothing is a placeholder: %j', (lines) => {
  expect(placeholderLegend(lines)).toBeNull();
});
