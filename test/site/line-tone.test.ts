// What colour a stderr line gets in the terminal and in a code example's output. Real MLflow
// writes logs, warnings and errors all to stderr; a learner should see a started server as
// started, a FutureWarning as a warning, and only real failures as errors.
import { expect, test } from 'vitest';
import { stderrTones } from '../../src/components/terminal/line-tone.ts';

const err = (text: string) => ({ kind: 'stderr', text });
const out = (text: string) => ({ kind: 'stdout', text });

test.each([
  // facts §4: every stage API call warns, in Python's warnings format
  [
    '<stdin>:1: FutureWarning: ``mlflow.tracking.client.MlflowClient.transition_model_version_stage`` is deprecated since 2.9.0.',
    'warning',
  ],
  ['model-stages-8.py:13: FutureWarning: ``mlflow...`` is deprecated', 'warning'],
  ['2026/11/27 00:12:48 WARNING mlflow.tracking._model_registry.fluent: Run with id abc has no artifacts', 'warning'],
  // facts §6.3: serve's startup log and uvicorn's lines are INFO records
  [
    "2026/11/27 00:12:06 INFO mlflow.models.flavor_backend_registry: Selected backend for flavor 'python_function'",
    'log',
  ],
  ['INFO:     Uvicorn running on http://127.0.0.1:1234 (Press CTRL+C to quit)', 'log'],
  ['Downloading artifacts: 100%|██████████| 5/5 [00:00<00:00, 6187.50it/s]', 'log'],
  ["Created version '4' of model 'my-model'.", 'log'],
  ['[1] 1408', 'log'],
  // the course shorthand's own notes (seed errata #1)
  ["note: `list-versions` is this course's shorthand; real MLflow has no such command. The real call:", 'note'],
  // failures stay errors
  ["Error: No such command 'transition-stage'.", 'error'],
  ['bash: mlfow: command not found', 'error'],
  ["NameError: name 'x' is not defined", 'error'],
  ['2026/11/27 00:12:06 ERROR mlflow.pyfunc: failed', 'error'],
])('%s is a %s', (text, tone) => {
  expect(stderrTones([err(text)])).toEqual([tone]);
});

test('indented and blank lines continue the block above: a traceback stays an error, a warning’s source line a warning', () => {
  const lines = [
    err('<stdin>:1: FutureWarning: ``x`` is deprecated since 2.9.0.'),
    err('  mv = client.transition_model_version_stage('),
    out('Production'),
    err('Traceback (most recent call last):'),
    err('  File "<stdin>", line 1, in <module>'),
    err('mlflow.exceptions.MlflowException: Model Version (name=my-model, version=9) not found'),
    err('Usage: mlflow models serve [OPTIONS]'),
    err(''),
    err("Error: Missing option '--model-uri' / '-m'."),
  ];
  expect(stderrTones(lines)).toEqual([
    'warning',
    'warning',
    null,
    'error',
    'error',
    'error',
    'error',
    'error',
    'error',
  ]);
});

test('a line that cannot tell on its own after stdout is an error (the old default)', () => {
  expect(stderrTones([out('x'), err('   ^^^^')])).toEqual([null, 'error']);
});
