// The one mapping from real-MLflow (and simulator) output to comparable text: what becomes a
// placeholder, what is dropped, and which stderr lines a side-by-side diff keeps.
import { describe, expect, test } from 'vitest';
import {
  collapseLibraryFrames,
  normalise,
  normaliseStreams,
  stderrThatMatters,
  toSimulatorWorld,
} from '../../src/oracle/normalise.ts';

const RUN_A = 'a087eaf300b349c98706c4ebfb2627fd';
const RUN_B = '7d3888ca113f27166505c581c461310c';
const MODEL = 'm-f7e79d2b47f666309ce301f0b8829f5c';

describe('normalise', () => {
  test.each([
    ['run ids are numbered by identity', `${RUN_A} ${RUN_B} ${RUN_A}`, '<run_id> <run_id_2> <run_id>'],
    ['a LoggedModel id is a model id, not a run id', `models:/${MODEL}`, 'models:/<model_id>'],
    ['epoch milliseconds', 'creation_timestamp=1764238514000,', 'creation_timestamp=<timestamp>,'],
    [
      "MLflow's log clock",
      '2026/12/02 03:15:33 WARNING mlflow.models.model: x',
      '<date> <time> WARNING mlflow.models.model: x',
    ],
    [
      'object addresses',
      '<mlflow.tracking.client.MlflowClient object at 0x7f2408e34d90>',
      '<mlflow.tracking.client.MlflowClient object at <address>>',
    ],
    [
      'the oracle work dir and the simulator cwd',
      '/tmp/oracle-record.ab12_x/oracle-record.7/mlruns /home/learner/mlruns',
      '<cwd>/mlruns <cwd>/mlruns',
    ],
    ['a sqlite URI in the work dir', 'sqlite:////tmp/mlflow-oracle.DUCsXw/mlflow.db', 'sqlite:///mlflow.db'],
    [
      "the oracle's MLflow stands where pip puts it",
      '/opt/mlflow-oracle/site/mlflow/__init__.py',
      '/usr/local/lib/python3.11/site-packages/mlflow/__init__.py',
    ],
    ['colour codes', '\u001b[31mred\u001b[0m', 'red'],
    [
      'plain text is left alone',
      "Created version '4' of model 'my-model'.",
      "Created version '4' of model 'my-model'.",
    ],
  ])('%s', (_what, input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  test('one id gets one placeholder across stdout and stderr; setup INFO lines are dropped', () => {
    const out = normaliseStreams({
      stdout: `${RUN_A}\n`,
      stderr:
        '2026/12/02 02:58:38 INFO mlflow.store.db.utils: Creating initial MLflow database tables...\n' +
        '2026-12-02 02:58:38 INFO  [alembic.runtime.migration] Context impl SQLiteImpl.\n' +
        `Run with id ${RUN_B} and ${RUN_A}\n`,
    });
    expect(out.stdout).toBe('<run_id>\n');
    expect(out.stderr).toBe('Run with id <run_id_2> and <run_id>\n');
  });
});

describe('collapseLibraryFrames', () => {
  test("a run of MLflow's frames becomes one `...`; the learner's frame stays", () => {
    const tb = [
      'Traceback (most recent call last):',
      '  File "<snippet>", line 3, in <module>',
      '    client.get_registered_model("nope")',
      '  File "/opt/mlflow-oracle/site/mlflow/tracking/client.py", line 4097, in get_registered_model',
      '    rm = self._get_registry_client().get_registered_model(name)',
      '         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.11/site-packages/mlflow/store/x.py", line 1, in f',
      '    raise MlflowException(',
      'mlflow.exceptions.MlflowException: Registered Model with name=nope not found',
    ].join('\n');
    expect(collapseLibraryFrames(tb).split('\n')).toEqual([
      'Traceback (most recent call last):',
      '  File "<snippet>", line 3, in <module>',
      '    client.get_registered_model("nope")',
      '...',
      'mlflow.exceptions.MlflowException: Registered Model with name=nope not found',
    ]);
  });

  test('a traceback with no library frames is unchanged', () => {
    const tb = 'Traceback (most recent call last):\n  File "<snippet>", line 1, in <module>\nValueError: x';
    expect(collapseLibraryFrames(tb)).toBe(tb);
  });
});

describe('stderrThatMatters', () => {
  test('keeps warnings with their source line, MLflow WARNING logs and the last traceback line', () => {
    const stderr = [
      '2026/12/02 03:13:13 INFO mlflow.tracking.fluent: Experiment with name x does not exist. Creating a new experiment.',
      '2026/12/02 03:13:13 WARNING mlflow.sklearn: Model was missing function: predict. Not logging python_function flavor!',
      '<snippet>:5: FutureWarning: ``transition_model_version_stage`` is deprecated',
      '  client.transition_model_version_stage("m", 1, "Staging")',
      'Traceback (most recent call last):',
      '  File "<snippet>", line 6, in <module>',
      '    mlflow.pyfunc.load_model(uri)',
      'mlflow.exceptions.MlflowException: Model does not have the "python_function" flavor',
    ].join('\n');
    expect(stderrThatMatters(stderr)).toEqual([
      '2026/12/02 03:13:13 WARNING mlflow.sklearn: Model was missing function: predict. Not logging python_function flavor!',
      '<snippet>:5: FutureWarning: ``transition_model_version_stage`` is deprecated',
      '  client.transition_model_version_stage("m", 1, "Staging")',
      'mlflow.exceptions.MlflowException: Model does not have the "python_function" flavor',
    ]);
  });
});

describe('toSimulatorWorld', () => {
  test("real output reads as if it ran in the simulator's /home/learner", () => {
    expect(
      toSimulatorWorld(
        '\u001b[31mfile:///tmp/mlflow-oracle-term.x1y2/mlruns\u001b[0m sqlite:////tmp/mlflow-oracle-term.x1y2/mlflow.db',
      ),
    ).toBe('file:///home/learner/mlruns sqlite:///mlflow.db');
  });
});
