// The whole facts §7 table: click 8.1-8.3 usage errors, on stderr, exit 2, with the Usage and
// Try lines of the command (or of the parent group for an unknown subcommand), then a blank line.
import { describe, expect, test } from 'vitest';
import { lessonSession, stderr, stdout } from './helpers.ts';

const usage = (path: string, args = '[OPTIONS]'): string =>
  `Usage: ${path} ${args}\nTry '${path} --help' for help.\n\n`;
const MODELS = ['mlflow models', '[OPTIONS] COMMAND [ARGS]...'] as const;
const SERVE = ['mlflow models serve'] as const;

describe('click usage errors (facts §7), strict mode = real MLflow 3.x', () => {
  test.each([
    [
      'mlflow models transition-stage --model-name m --version 1 --stage Production',
      usage(...MODELS),
      "Error: No such command 'transition-stage'.",
    ],
    ['mlflow models transition --model-name m', usage(...MODELS), "Error: No such command 'transition'."],
    ['mlflow models list-versions', usage(...MODELS), "Error: No such command 'list-versions'."],
    [
      'mlflow models transition-version --model-name m',
      usage(...MODELS),
      "Error: No such command 'transition-version'.",
    ],
    ['mlflow modles serve', usage('mlflow', '[OPTIONS] COMMAND [ARGS]...'), "Error: No such command 'modles'."],
    ['mlflow models serve', usage(...SERVE), "Error: Missing option '--model-uri' / '-m'."],
    [
      'mlflow models serve -m x --to-stage y',
      usage(...SERVE),
      'Error: No such option: --to-stage Did you mean --host?',
    ],
    ['mlflow models serve -m x --por 1', usage(...SERVE), 'Error: No such option: --por Did you mean --port?'],
    [
      'mlflow models serve -m x --prot 1',
      usage(...SERVE),
      'Error: No such option: --prot (Possible options: --host, --port)',
    ],
    ['mlflow models --model-name m', usage(...MODELS), 'Error: No such option: --model-name'],
    ['mlflow models serve -m x extra', usage(...SERVE), 'Error: Got unexpected extra argument (extra)'],
    ['mlflow models serve -m x extra more', usage(...SERVE), 'Error: Got unexpected extra arguments (extra more)'],
    [
      'mlflow models serve -m x -p abc',
      usage(...SERVE),
      "Error: Invalid value for '--port' / '-p': 'abc' is not a valid integer.",
    ],
    [
      'mlflow models serve -m x -t 1.5',
      usage(...SERVE),
      "Error: Invalid value for '--timeout' / '-t': '1.5' is not a valid integer.",
    ],
    ['mlflow models serve -m x -p', '', "Error: Option '-p' requires an argument."],
    ['mlflow models serve -m x --port', '', "Error: Option '--port' requires an argument."],
    // facts §6.2 / §10.10: -h is --host, not help.
    ['mlflow models serve -h', '', "Error: Option '-h' requires an argument."],
    ['mlflow models serve -m x --no-conda=1', '', "Error: Option '--no-conda' does not take a value."],
    ['mlflow models serve -m x -z', usage(...SERVE), 'Error: No such option: -z'],
    ['mlflow --env-file x', usage('mlflow', '[OPTIONS] COMMAND [ARGS]...'), 'Error: Missing command.'],
    // Parameters are processed in the order typed, so the bad port is reported before -m is missed.
    [
      'mlflow models serve -p abc',
      usage(...SERVE),
      "Error: Invalid value for '--port' / '-p': 'abc' is not a valid integer.",
    ],
    [
      'mlflow models update-pip-requirements -m x',
      'Usage: mlflow models update-pip-requirements [OPTIONS] {add|remove}\n' +
        '                                             [REQUIREMENT_STRINGS]...\n' +
        "Try 'mlflow models update-pip-requirements --help' for help.\n\n",
      "Error: Missing argument '{add|remove}'. Choose from:\n\tadd,\n\tremove",
    ],
    [
      'mlflow models update-pip-requirements -m x change pandas',
      'Usage: mlflow models update-pip-requirements [OPTIONS] {add|remove}\n' +
        '                                             [REQUIREMENT_STRINGS]...\n' +
        "Try 'mlflow models update-pip-requirements --help' for help.\n\n",
      "Error: Invalid value for '{add|remove}': 'change' is not one of 'add', 'remove'.",
    ],
  ])('%s', (line, head, error) => {
    const r = lessonSession({ strict: true }).run(line);
    expect(r.exitCode).toBe(2);
    expect(stdout(r)).toBe('');
    expect(stderr(r)).toBe(`${head}${error}\n`);
  });

  test('mlflow models with no subcommand: help on stderr, exit 2 (click 8.2+ NoArgsIsHelpError, facts §7)', () => {
    const r = lessonSession({ strict: true }).run('mlflow models');
    expect(r.exitCode).toBe(2);
    expect(stdout(r)).toBe('');
    expect(stderr(r)).toMatch(
      /^Usage: mlflow models \[OPTIONS\] COMMAND \[ARGS\]\.\.\.\n\n  Deploy MLflow models locally\./,
    );
    expect(stderr(r)).toContain('\nCommands:\n  build-docker ');
  });

  test("mlflow --version prints click's version line (facts §6.1)", () => {
    const r = lessonSession().run('mlflow --version');
    expect([r.exitCode, stdout(r)]).toEqual([0, 'mlflow, version 3.6.0\n']);
  });

  test("--help wins over other options of the same command, like click's eager --help", () => {
    const r = lessonSession().run('mlflow models serve -p abc --help');
    expect(r.exitCode).toBe(0);
    expect(stdout(r)).toMatch(/^Usage: mlflow models serve \[OPTIONS\]\n/);
  });

  test('an unknown option is reported before --help is seen (the parser fails first)', () => {
    const r = lessonSession().run('mlflow models serve --bogus --help');
    expect(r.exitCode).toBe(2);
    expect(stderr(r)).toContain('Error: No such option: --bogus');
  });

  test('an option value may come from its environment variable (click envvar MLFLOW_PORT)', () => {
    const r = lessonSession().run('MLFLOW_PORT=abc mlflow models serve -m models:/my-model/1');
    expect(stderr(r)).toContain("Error: Invalid value for '--port' / '-p': 'abc' is not a valid integer.");
  });

  test('--env-manager foo is not a click error: MlflowException traceback, exit 1 (facts §6.2)', () => {
    const r = lessonSession().run('mlflow models serve -m models:/my-model/1 --env-manager foo');
    expect(r.exitCode).toBe(1);
    const err = stderr(r);
    expect(err.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(err.trimEnd().split('\n').pop()).toBe(
      "mlflow.exceptions.MlflowException: Invalid value for `env_manager`: foo. Must be one of ['local', 'conda', 'virtualenv', 'uv']",
    );
  });

  test('commands MLflow has but the simulator does not model say so', () => {
    const r = lessonSession().run('mlflow experiments search');
    expect(r.exitCode).toBe(1);
    expect(stderr(r)).toContain('This simulator covers the model registry and `mlflow models` only.');
    expect(lessonSession().run('mlflow ui --help').exitCode).toBe(0);
  });

  test.each(['predict', 'prepare-env', 'build-docker', 'generate-dockerfile'])(
    'mlflow models %s explains what it would do and that nothing is built',
    (command) => {
      const r = lessonSession().run(`mlflow models ${command} -m models:/my-model/1`);
      expect(r.exitCode).toBe(0);
      expect(stdout(r)).toContain('does not build images or environments');
    },
  );
});
