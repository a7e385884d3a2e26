// mlflow-sim as a user runs it: a real process on the project's Node, real files, exit codes.
// 0 done, 1 the program failed, 2 usage, 70 internal error; never a JavaScript stack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test, vi } from 'vitest';

// Each test starts real processes; on a busy 2-core machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mlflow-sim-test-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function sim(
  args: string[],
  input?: string,
  env: Record<string, string> = {},
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/mlflow-sim.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const NO_JS_STACK = /\n\s+at .+\(.*:\d+:\d+\)|node:internal|TypeError: Cannot read/;

describe('mlflow-sim run FILE: a replayed session printed as the terminal shows it', () => {
  const session = file(
    'session.txt',
    [
      'mlflow models transition-stage --model-name my-model --version 2 --stage Production',
      'mlflow models transition-stage --model-name my-model --version 2 --stage Prod',
      'python',
      'from mlflow import MlflowClient',
      'MlflowClient().get_model_version("my-model", 2).current_stage',
      'exit()',
      'echo done',
    ].join('\n') + '\n',
  );

  test('prompts, inputs and outputs in order, from the named scenario; --keep-going replays every line, exit 0', () => {
    const r = sim(['run', session, '--scenario', 'model-stages', '--keep-going']);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('$ mlflow models transition-stage --model-name my-model --version 2 --stage Production');
    expect(out).toContain("Model version '2' of 'my-model' transitioned to stage 'Production'.");
    expect(out).toContain(
      'Error: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
    );
    expect(out).toContain('>>> from mlflow import MlflowClient');
    expect(out).toContain("'Production'");
    expect(out).toContain('$ echo done');
    expect(out.at(-2)).toBe('done');
    expect(r.stderr).toBe('mlflow-sim: 1 of 7 lines failed (kept going: --keep-going)\n');
  });

  test('without --keep-going the replay stops at the first line that fails and exits 1, naming it', () => {
    const r = sim(['run', session, '--scenario', 'model-stages']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Error: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
    );
    expect(r.stdout).not.toContain('$ echo done');
    expect(r.stderr).toContain(
      'session.txt:2: stopped at a line that failed: mlflow models transition-stage --model-name my-model --version 2 --stage Prod',
    );
  });

  test.each([
    [
      'a Python statement that raises',
      ['python', 'import mlflow', 'mlflow.MlflowClient().get_registered_model("nope")', 'exit()', 'echo after'],
      3,
    ],
    ['a Python syntax error', ['python', 'x = )', 'exit()'], 2],
    ['a shell command not found', ['echo one', 'mlfow models --help', 'echo two'], 2],
  ])('%s fails the replay at its line', (_label, lines, failingLine) => {
    const f = file('failing.txt', lines.join('\n') + '\n');
    const r = sim(['run', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`failing.txt:${failingLine}: stopped at a line that failed`);
  });

  test('a replay whose every line works exits 0 and prints nothing on stderr', () => {
    const f = file('fine.txt', ['python', 'x = 1', 'x + 1', 'exit()', 'echo ok'].join('\n') + '\n');
    const r = sim(['run', f]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('>>> x + 1\n2\n');
  });

  test('the same file replays byte for byte (deterministic ids and clock)', () => {
    const a = sim(['run', session, '--scenario', 'model-stages']);
    const b = sim(['run', session, '--scenario', 'model-stages']);
    expect(a.stdout).toBe(b.stdout);
  });

  test('--strict is real MLflow: the shorthand is an unknown command', () => {
    const r = sim(['run', session, '--scenario', 'model-stages', '--strict']);
    expect(r.stdout).toContain("Error: No such command 'transition-stage'.");
  });

  test('--export-scenario writes the resulting registry as a scenario file', () => {
    const out = join(dir, 'exported.yaml');
    const r = sim(['run', session, '--scenario', 'model-stages', '--keep-going', '--export-scenario', out]);
    expect(r.code).toBe(0);
    const spec = parseYaml(readFileSync(out, 'utf8')) as { models: { name: string; versions: { stage?: string }[] }[] };
    const model = spec.models.find((m) => m.name === 'my-model');
    expect(model?.versions.map((v) => v.stage ?? 'None')).toEqual(['None', 'Production', 'None']);
  });
});

describe('mlflow-sim python FILE: stdout and stderr apart, exit 1 on an uncaught exception', () => {
  test.each([
    ['prints to stdout', 'print("hello", 1 + 1)\n', 0, 'hello 2\n', ''],
    [
      'a traceback on stderr and exit 1',
      'x = 1\nprint(y)\n',
      1,
      '',
      /Traceback \(most recent call last\):\n  File ".*bad\.py", line 2, in <module>\n    print\(y\)\n(.*\n)*NameError: name 'y' is not defined\n$/,
    ],
    [
      'MLflow errors end in the MlflowException line',
      'from mlflow import MlflowClient\nMlflowClient().get_registered_model("nope")\n',
      1,
      '',
      /mlflow\.exceptions\.MlflowException: Registered Model with name=nope not found\n$/,
    ],
  ])('%s', (_label, source, code, stdout, stderr) => {
    const path = file(code === 1 ? 'bad.py' : 'ok.py', source);
    const r = sim(['python', path]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(stdout);
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });

  test('the TypeScript sources run directly too (the fallback when no bundle can be built)', () => {
    const r = sim(['python', file('direct.py', 'print("direct", 6 * 7)\n')], undefined, { MLFLOW_SIM_NO_BUNDLE: '1' });
    expect([r.code, r.stdout]).toEqual([0, 'direct 42\n']);
  });

  test('a missing file is reported as python reports it', () => {
    const r = sim(['python', join(dir, 'missing.py')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/can't open file '.*missing\.py': \[Errno 2\] No such file or directory/);
  });
});

describe('mlflow-sim check FILE...: transcript doc-tests', () => {
  test('a transcript that holds: exit 0', () => {
    const t = file(
      'ok.transcript',
      "# scenario: model-stages\n$ mlflow models transition-stage --model-name my-model --version 1 --stage staging\n...\nModel version '1' of 'my-model' transitioned to stage 'Staging'.\n",
    );
    const r = sim(['check', t]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check: 1 of 1 files hold');
  });

  test('a wrong expected output: file and line, expected and actual, exit 1', () => {
    const t = file('bad.transcript', '$ echo hi\nhello\n');
    const r = sim(['check', t]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.transcript:2');
    expect(r.stdout).toMatch(/- hello/);
    expect(r.stdout).toMatch(/\+ hi/);
  });
});

describe('piped input is read as a script (stdin not a TTY)', () => {
  test('runs the lines in one session, leaves the Python REPL on exit(), and shows no prompts or echo', () => {
    const r = sim(
      ['--scenario', 'model-stages'],
      'mlflow models list-versions --model-name my-model\npython\n1 + 1\nexit()\necho back in the shell\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VERSION');
    expect(r.stdout).toContain('2\n');
    expect(r.stdout).toContain('back in the shell');
    expect(r.stdout).not.toContain('$ ');
    expect(r.stdout).not.toContain('>>> ');
    expect(r.stdout).not.toContain('echo back');
  });

  test("the exit status is the last line's, as bash gives for a script", () => {
    expect(sim([], 'mlflow models --bogus\n').code).toBe(2);
    expect(sim([], 'mlflow models --bogus\necho fine\n').code).toBe(0);
  });
});

describe('usage errors and exit codes', () => {
  test.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--no-such-flag'], /Unknown option '--no-such-flag'/],
    [['run'], /'run' needs a FILE/],
    [['--scenario', 'nope', 'run', '/dev/null'], /unknown scenario 'nope' \(known: .*model-stages.*\)/],
    [['--seed', 'x', 'run', '/dev/null'], /--seed must be a non-negative integer/],
  ])('%j exits 2 with a clear message', (args, message) => {
    const r = sim(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: mlflow-sim');
  });

  test('--help and --version exit 0', () => {
    expect(sim(['--help']).stdout).toContain('Usage: mlflow-sim');
    expect(sim(['--version']).stdout).toMatch(/^mlflow-sim \d+\.\d+\.\d+ \(simulating MLflow 3\.6\.0\)\n$/);
  });

  test('no command ever shows a JavaScript stack', () => {
    for (const args of [
      ['run', dir],
      ['check', dir],
      ['python', dir],
    ]) {
      const r = sim(args);
      expect(r.stdout + r.stderr).not.toMatch(NO_JS_STACK);
      expect([1, 2]).toContain(r.code);
    }
  });
});
