// What each stderr line is, as the program that wrote it says (src/engine/env.ts, Tone). Real
// MLflow writes logs, warnings and errors all to stderr; a learner should see a started server as
// started, a FutureWarning as a warning, the course's notes as notes, and only failures as
// errors. The terminal and the code examples colour lines by this field, never by their words.
import { describe, expect, test } from 'vitest';
import type { OutputLine } from '../../src/engine/session.ts';
import { lessonSession } from './shell/helpers.ts';

/** The stderr lines of a run as `tone: text`, an error when the writer named no tone. */
function toned(lines: readonly OutputLine[]): string[] {
  return lines.filter((l) => l.stream === 'stderr').map((l) => `${l.tone ?? 'error'}: ${l.text}`);
}

describe('shell programs', () => {
  test("serve's download bars, startup log and uvicorn lines are log lines; the course's note is a note", () => {
    const lines = toned(lessonSession().run('mlflow models serve -m models:/my-model/1 --no-conda &').lines);
    expect(lines[0]).toMatch(/^log: \[1\] \d+$/);
    expect(lines[1]).toMatch(/^log: Downloading artifacts: 100%/);
    expect(lines[2]).toMatch(/^log: \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d INFO mlflow\.models\.flavor_backend_registry: /);
    expect(lines[3]).toMatch(/^note: note: models:\/my-model\/1 resolved to /);
    expect(lines.at(-1)).toMatch(/^log: INFO: {5}Uvicorn running on http:\/\/127\.0\.0\.1:5000 /);
    expect(lines.filter((l) => l.startsWith('error: '))).toEqual([]);
  });

  test('a port already in use is an error line between log lines', () => {
    const s = lessonSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda -p 5001 &');
    const lines = toned(s.run('mlflow models serve -m models:/my-model/1 --no-conda -p 5001').lines);
    expect(lines.filter((l) => l.startsWith('error: '))).toEqual([
      "error: ERROR:    [Errno 98] error while attempting to bind on address ('127.0.0.1', 5001): address already in use",
    ]);
    expect(lines.at(-1)).toBe('log: INFO:     Application shutdown complete.');
  });

  test("the shorthand's notes are notes", () => {
    const lines = toned(lessonSession().run('mlflow models list-versions --model-name my-model').lines);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^note: note: /);
  });

  test('usage errors and unknown commands are errors', () => {
    expect(toned(lessonSession().run('mlflow models transition-stag').lines).at(-1)).toBe(
      "error: Error: No such command 'transition-stag'.",
    );
    expect(toned(lessonSession().run('mlfow').lines)).toEqual(['error: bash: mlfow: command not found']);
  });
});

describe('Python', () => {
  const run = (source: string) => toned(lessonSession().runPython(source, 'snippet.py').output);

  test('a FutureWarning and the source line under it are a warning; the traceback is an error', () => {
    const lines = run(
      [
        'from mlflow import MlflowClient',
        'client = MlflowClient()',
        "client.transition_model_version_stage('my-model', 1, 'Staging')",
        'undefined_name',
      ].join('\n'),
    );
    expect(lines[0]).toMatch(/^warning: snippet\.py:3: FutureWarning: /);
    expect(lines[1]).toBe("warning:   client.transition_model_version_stage('my-model', 1, 'Staging')");
    expect(lines.slice(2)).toEqual([
      'error: Traceback (most recent call last):',
      'error:   File "snippet.py", line 4, in <module>',
      'error:     undefined_name',
      "error: NameError: name 'undefined_name' is not defined",
    ]);
  });

  test("MLflow's status lines are log lines", () => {
    const lines = run("import mlflow\nmlflow.register_model('models:/my-model/1', 'other-model')");
    expect(lines).toEqual([
      "log: Successfully registered model 'other-model'.",
      "log: Created version '1' of model 'other-model'.",
    ]);
  });

  test('logging records take their tone from their level', () => {
    const lines = run(
      [
        'import logging',
        "logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')",
        "logging.info('ready')",
        "logging.warning('careful')",
        "logging.error('broken')",
      ].join('\n'),
    );
    expect(lines).toEqual(['log: INFO ready', 'warning: WARNING careful', 'error: ERROR broken']);
  });

  test("a snippet's own print to stderr is an error line, whatever its words", () => {
    expect(run("import sys\nprint('INFO: looks like a log', file=sys.stderr)")).toEqual([
      'error: INFO: looks like a log',
    ]);
  });
});
