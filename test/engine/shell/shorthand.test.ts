// The course's shorthand (seed-errata #1-2): works in the simulator, notes the real equivalent
// on first use and with --help, reports registry errors in MLflow's words (ClickException style:
// `Error: ...`, exit 1), and vanishes in strict mode.
import { describe, expect, test } from 'vitest';
import { lessonSession, runAll, stderr, stdout } from './helpers.ts';

const NOTE_TS = [
  "note: `transition-stage` is this course's shorthand; real MLflow has no CLI for stages. The real call:",
  'note:   MlflowClient().transition_model_version_stage(name="my-model", version=1, stage="Production", archive_existing_versions=False)',
  'note:   or REST: POST /api/2.0/mlflow/model-versions/transition-stage',
].join('\n');

describe('mlflow models transition-stage (course shorthand)', () => {
  test('moves the version and says so; the note comes first, once per session', () => {
    const s = lessonSession();
    const first = s.run('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
    expect(first.exitCode).toBe(0);
    expect(stdout(first)).toBe("Model version '1' of 'my-model' transitioned to stage 'Production'.\n");
    expect(stderr(first)).toBe(NOTE_TS + '\n');
    expect(first.changes).toContainEqual(
      expect.objectContaining({
        entity: 'model_version',
        model: 'my-model',
        version: 1,
        from: 'None',
        to: 'Production',
      }),
    );
    const again = s.run('mlflow models transition-stage --model-name my-model --version 2 --stage staging');
    expect(stderr(again)).toBe('');
    // facts §1: stages are canonicalised.
    expect(stdout(again)).toBe("Model version '2' of 'my-model' transitioned to stage 'Staging'.\n");
  });

  test('transition-version is an alias (seed-errata #2) and shares the once-per-session note', () => {
    const s = lessonSession();
    const r = s.run('mlflow models transition-version --model-name my-model --version 3 --stage Archived');
    expect(stdout(r)).toBe("Model version '3' of 'my-model' transitioned to stage 'Archived'.\n");
    expect(stderr(r)).toContain('note: ');
    expect(stderr(s.run('mlflow models transition-stage --model-name my-model --version 3 --stage None'))).toBe('');
  });

  test.each([
    // facts §2.2: version validation
    ['--version abc --stage Production', "Error: Parameter 'version' must be an integer, got 'abc'."],
    // facts §1: invalid stage, raw input echoed
    [
      '--version 1 --stage Prod',
      'Error: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
    ],
    // facts §2.3 step 5: no trailing period, raw stage
    [
      '--version 1 --stage archived --archive-existing-versions',
      "Error: Model version transition cannot archive existing model versions because 'archived' is not an Active stage. Valid stages are ['Staging', 'Production']",
    ],
    // facts §2.3 step 6
    ['--version 9 --stage Staging', 'Error: Model Version (name=my-model, version=9) not found'],
    // facts §2.3 step 3
    ["--version 1 --stage ' '", 'Error: The stage must not be an empty string.'],
  ])('my-model %s -> %s (exit 1)', (args, message) => {
    const s = lessonSession();
    s.run('mlflow models list-versions --model-name my-model'); // spend the list-versions note only
    s.run('mlflow models transition-stage --help');
    const r = s.run(`mlflow models transition-stage --model-name my-model ${args}`);
    expect(r.exitCode).toBe(1);
    expect(
      stderr(r)
        .split('\n')
        .filter((l) => !l.startsWith('note:'))
        .join('\n'),
    ).toBe(message + '\n');
    expect(r.changes).toEqual([]);
  });

  test("a missing model fails the client's prompt check first (facts §2.2)", () => {
    const r = lessonSession().run('mlflow models transition-stage --model-name nope --version abc --stage Prod');
    expect(stderr(r)).toMatch(/Error: Registered Model with name=nope not found\n$/);
  });

  test('--archive-existing-versions archives only the versions in the target stage (facts §2.3)', () => {
    const s = lessonSession();
    runAll(s, [
      'mlflow models transition-stage --model-name my-model --version 1 --stage Production',
      'mlflow models transition-stage --model-name my-model --version 2 --stage Staging',
    ]);
    const r = s.run(
      'mlflow models transition-stage --model-name my-model --version 3 --stage Production --archive-existing-versions',
    );
    expect(r.exitCode).toBe(0);
    const table = stdout(s.run('mlflow models list-versions --model-name my-model'));
    expect(table).toMatch(/^1 +Archived /m);
    expect(table).toMatch(/^2 +Staging /m);
    expect(table).toMatch(/^3 +Production /m);
  });

  test('--help shows the note on stderr, with placeholders for what was not typed, and click-style help on stdout', () => {
    const s = lessonSession();
    const r = s.run('mlflow models transition-stage --help');
    expect(r.exitCode).toBe(0);
    expect(stderr(r)).toBe(
      NOTE_TS.replace(
        'name="my-model", version=1, stage="Production"',
        'name=<name>, version=<version>, stage=<stage>',
      ) + '\n',
    );
    expect(stdout(r)).toMatch(/^Usage: mlflow models transition-stage \[OPTIONS\]\n/);
    expect(stdout(r)).toContain('  --archive-existing-versions');
  });

  test.each([
    // A usage error stops before the values are read: the note invents none.
    ['mlflow models transition-stage --model-name my-model', 'name="my-model", version=<version>, stage=<stage>'],
    [
      'mlflow models transition-stage --model-name m --version 7 --stage archived',
      'name="m", version=7, stage="archived"',
    ],
    ['mlflow models transition-stage --model-name m --version 02 --stage None', 'name="m", version="02", stage="None"'],
  ])('the real call is built from what was typed: %s', (line, args) => {
    expect(stderr(lessonSession().run(line))).toContain(`MlflowClient().transition_model_version_stage(${args},`);
  });

  test('the note shows the values typed', () => {
    const r = lessonSession().run(
      'mlflow models transition-stage --model-name my-model --version 2 --stage staging --archive-existing-versions',
    );
    expect(stderr(r)).toContain(
      'MlflowClient().transition_model_version_stage(name="my-model", version=2, stage="staging", archive_existing_versions=True)',
    );
  });
});

describe('mlflow models list-versions (course shorthand)', () => {
  test('lists live versions ascending with stage, run id and aliases', () => {
    const s = lessonSession();
    s.run('mlflow models transition-stage --model-name my-model --version 2 --stage Production');
    const r = s.run('mlflow models list-versions --model-name my-model');
    expect(r.exitCode).toBe(0);
    expect(stderr(r)).toBe(
      "note: `list-versions` is this course's shorthand; real MLflow has no such command. The real call:\n" +
        'note:   MlflowClient().search_model_versions("name=\'my-model\'")\n' +
        'note:   or REST: GET /api/2.0/mlflow/model-versions/search\n',
    );
    const lines = stdout(r).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VERSION +STAGE +RUN ID +ALIASES$/);
    expect(lines.slice(1).map((l) => l.split(/ +/).slice(0, 2))).toEqual([
      ['1', 'None'],
      ['2', 'Production'],
      ['3', 'None'],
    ]);
    expect(lines[1]).toMatch(/^1 +None +[0-9a-f]{32} +-$/);
  });

  test("a missing model is an error in MLflow's words", () => {
    const r = lessonSession().run('mlflow models list-versions --model-name ghost');
    expect(r.exitCode).toBe(1);
    expect(stderr(r)).toMatch(/Error: Registered Model with name=ghost not found\n$/);
  });

  test('a Python change shows in list-versions: the same registry', () => {
    const s = lessonSession();
    const before = s.registry;
    s.run('mlflow models transition-stage --model-name my-model --version 3 --stage Staging');
    expect(s.registry).not.toBe(before);
    expect(stdout(s.run('mlflow models list-versions --model-name my-model'))).toMatch(/^3 +Staging /m);
  });
});

describe('strict mode: exactly real MLflow 3.x (facts §10.1)', () => {
  test.each(['transition-stage', 'transition-version', 'list-versions'])('%s is an unknown command', (command) => {
    const r = lessonSession({ strict: true }).run(`mlflow models ${command} --model-name my-model`);
    expect(r.exitCode).toBe(2);
    expect(stderr(r)).toBe(
      "Usage: mlflow models [OPTIONS] COMMAND [ARGS]...\nTry 'mlflow models --help' for help.\n\n" +
        `Error: No such command '${command}'.\n`,
    );
  });

  test('help lists only the real commands', () => {
    const text = stdout(lessonSession({ strict: true }).run('mlflow models --help'));
    expect(text).not.toContain('transition-stage');
    expect(text).not.toContain('list-versions');
  });

  test('strict can be switched on a live session', () => {
    const s = lessonSession();
    expect(s.run('mlflow models list-versions --model-name my-model').exitCode).toBe(0);
    s.strict = true;
    expect(s.run('mlflow models list-versions --model-name my-model').exitCode).toBe(2);
  });
});
