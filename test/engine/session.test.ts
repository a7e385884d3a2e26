// The session: builtins, history, reset, Python REPL mode switching (with a fake interpreter),
// the editor's runPython, snapshot/restore, and "never throws".
import { describe, expect, test } from 'vitest';
import { EMPTY_REGISTRY } from '../../src/engine/registry/types.ts';
import { Session } from '../../src/engine/session.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { fakePython } from './fake-python.ts';
import { lessonSession, stderr, stdout } from './shell/helpers.ts';

const stageOf = (s: Session, v: number): string | undefined =>
  s.registry.models['my-model']?.versions[v - 1]?.currentStage;

describe('builtins', () => {
  test('echo joins its arguments; -n drops the newline', () => {
    const s = lessonSession();
    expect(stdout(s.run('echo "hello   world" again'))).toBe('hello   world again\n');
    expect(s.run('echo -n a').lines).toEqual([{ stream: 'stdout', text: 'a' }]);
  });

  test('help lists what the terminal runs', () => {
    const text = stdout(lessonSession().run('help'));
    for (const word of ['mlflow', 'python', 'curl', 'history', 'reset', 'jobs', 'kill']) expect(text).toContain(word);
  });

  test('clear asks the view to clear', () => {
    const s = lessonSession();
    expect(s.run('clear').clear).toBe(true);
    expect(s.run('echo x').clear).toBe(false);
  });

  test('history numbers shell lines like bash, including itself', () => {
    const s = lessonSession();
    s.run('echo one');
    s.run('');
    s.run('mlflow --version');
    expect(stdout(s.run('history'))).toBe('    1  echo one\n    2  mlflow --version\n    3  history\n');
    expect(stdout(s.run('history 1'))).toBe('    4  history 1\n');
  });

  test('reset goes back to the starting registry and stops servers; history stays', () => {
    const s = lessonSession();
    const start = s.registry;
    s.run('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    expect(s.registry).not.toBe(start);
    const r = s.run('reset');
    expect(r.exitCode).toBe(0);
    expect(s.registry).toBe(start);
    expect(s.servers).toEqual([]);
    expect(s.history).toContain('reset');
    s.run('mlflow models transition-stage --model-name my-model --version 2 --stage Staging');
    s.reset();
    expect(s.registry).toBe(start);
  });

  test('after a reset the course note prints again, as in a fresh session (a lesson replays the same)', () => {
    const s = lessonSession();
    const line = 'mlflow models transition-stage --model-name my-model --version 1 --stage Production';
    const first = s.run(line).lines;
    expect(first[0]?.text).toMatch(/^note: `transition-stage` is this course's shorthand/);
    expect(s.run(line).lines.some((l) => l.text.startsWith('note:'))).toBe(false);
    s.run('reset');
    expect(s.run(line).lines).toEqual(first);
  });

  test('exit says logout and stops servers; Ctrl+D in the shell does the same', () => {
    const s = lessonSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    expect(stdout(s.eof())).toBe('logout\n');
    expect(s.servers).toEqual([]);
    expect(stdout(s.run('exit'))).toBe('logout\n');
  });

  test('Ctrl+C at the prompt prints ^C, exit 130', () => {
    const r = lessonSession().interrupt();
    expect([r.lines, r.exitCode, r.prompt]).toEqual([[{ stream: 'stdout', text: '^C' }], 130, '$ ']);
  });

  test("kill without arguments prints bash's usage", () => {
    const r = lessonSession().run('kill');
    expect([stderr(r), r.exitCode]).toEqual([
      'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
      2,
    ]);
  });
});

describe('output records', () => {
  test('one OutputLine per line, in the order written across streams', () => {
    const r = lessonSession().run('echo a; nope; echo b');
    expect(r.lines).toEqual([
      { stream: 'stdout', text: 'a' },
      { stream: 'stderr', text: 'bash: nope: command not found' },
      { stream: 'stdout', text: 'b' },
    ]);
    expect([r.prompt, r.input]).toEqual(['$ ', 'echo a; nope; echo b']);
  });

  test('a read changes nothing; a transition reports its changes', () => {
    const s = lessonSession();
    expect(s.run('mlflow models list-versions --model-name my-model').changes).toEqual([]);
    expect(
      s.run('mlflow models transition-stage --model-name my-model --version 1 --stage Staging').changes.length,
    ).toBeGreaterThan(0);
  });
});

describe('python REPL mode (fake interpreter)', () => {
  test('python enters the REPL with the banner; prompts >>> and ...; exit() leaves', () => {
    const s = lessonSession({ python: fakePython() });
    const enter = s.run('python');
    expect(enter.exitCode).toBe(0);
    expect(stdout(enter)).toMatch(
      /^Python 3\.11\.7 \(main, .*\) \[GCC 12\.2\.0\] on linux\nType "help", "copyright", "credits" or "license" for more information\.\n$/,
    );
    expect([s.mode, s.prompt]).toEqual(['python', '>>> ']);
    expect(stdout(s.run("print('hi')"))).toBe('hi\n');
    expect(s.run('for x in y:').prompt).toBe('>>> ');
    expect(s.prompt).toBe('... ');
    const body = s.run("    print('in block')");
    expect([body.prompt, body.lines]).toEqual(['... ', []]);
    const end = s.run('');
    expect([end.prompt, stdout(end), end.exitCode]).toEqual(['... ', 'in block\n', 0]);
    expect(s.prompt).toBe('>>> ');
    s.run('exit()');
    expect([s.mode, s.prompt]).toEqual(['shell', '$ ']);
  });

  test('Ctrl+C cancels a pending block; Ctrl+D leaves the REPL', () => {
    const s = lessonSession({ python: fakePython() });
    s.run('python');
    s.run('if True:');
    const r = s.interrupt();
    expect(stderr(r)).toContain('KeyboardInterrupt');
    expect(s.prompt).toBe('>>> ');
    s.eof();
    expect(s.mode).toBe('shell');
  });

  test('a registry change made in Python shows in the shell and in RunResult.changes', () => {
    const s = lessonSession({ python: fakePython() });
    s.run('python');
    const r = s.run('promote(2)');
    expect(r.changes).toContainEqual(expect.objectContaining({ model: 'my-model', version: 2, to: 'Production' }));
    s.run('quit()');
    expect(stdout(s.run('mlflow models list-versions --model-name my-model'))).toMatch(/^2 +Production /m);
  });

  test('python -c runs code; python FILE says there is no file system; --version', () => {
    const s = lessonSession({ python: fakePython() });
    expect(stdout(s.run(`python -c "print('from -c')"`))).toBe('from -c\n');
    expect(s.run('python -c "raise X"').exitCode).toBe(1);
    const file = s.run('python train.py');
    expect(file.exitCode).toBe(2);
    expect(stderr(file)).toContain(
      "python: can't open file '/home/learner/train.py': [Errno 2] No such file or directory",
    );
    expect(stderr(file)).toContain('no file system');
    expect(stdout(s.run('python3 --version'))).toBe('Python 3.11.7\n');
    expect(s.mode).toBe('shell');
  });

  test('python -c tracebacks and warnings show no source line, as CPython for "<string>"', () => {
    const s = lessonSession();
    expect(stderr(s.run('python -c "x = 1; print(x / 0)"'))).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n',
    );
    expect(stderr(s.run(`python -c "import warnings; warnings.warn('careful', FutureWarning)"`))).toBe(
      '<string>:1: FutureWarning: careful\n',
    );
  });

  test('without an interpreter, python says so instead of failing', () => {
    const s = new Session({ scenario: EMPTY_REGISTRY, python: null });
    const r = s.run('python');
    expect([r.exitCode, s.mode]).toEqual([1, 'shell']);
    expect(stderr(r)).toContain('not available');
  });

  test('history records shell and python lines as typed', () => {
    const s = lessonSession({ python: fakePython() });
    for (const line of ['echo a', 'python', 'x = 1', 'exit()']) s.run(line);
    expect(s.history).toEqual(['echo a', 'python', 'x = 1', 'exit()']);
  });
});

describe("runPython (the editor's Run)", () => {
  test('returns stdout, stderr, exit code and changes, on the same registry', () => {
    const s = lessonSession({ python: fakePython() });
    const ok = s.runPython("print('a')\npromote(3)");
    expect(ok).toEqual({
      stdout: 'a\n',
      stderr: '',
      output: [{ stream: 'stdout', text: 'a' }],
      exitCode: 0,
      changes: [expect.objectContaining({ version: 3, to: 'Production' })],
    });
    expect(stageOf(s, 3)).toBe('Production');
    const bad = s.runPython('raise ValueError');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('ValueError: boom');
  });

  test('output keeps both streams in the order written, as a terminal shows them', () => {
    const s = new Session({ scenario: EMPTY_REGISTRY });
    const r = s.runPython("import sys\nprint('first')\nprint('warned', file=sys.stderr)\nprint('last', end='')\n");
    expect(r.output).toEqual([
      { stream: 'stdout', text: 'first' },
      { stream: 'stderr', text: 'warned' },
      { stream: 'stdout', text: 'last' },
    ]);
    expect([r.stdout, r.stderr]).toEqual(['first\nlast', 'warned\n']);
  });

  test('an interpreter bug becomes one internal error line, exit 70', () => {
    const s = lessonSession({ python: fakePython() });
    expect(s.runPython('bug()')).toMatchObject({ stderr: 'internal error: interpreter bug\n', exitCode: 70 });
    s.run('python');
    const r = s.run('bug()');
    expect([r.lines, r.exitCode]).toEqual([[{ stream: 'stderr', text: 'internal error: interpreter bug' }], 70]);
  });
});

describe('snapshot / restore', () => {
  test('round trip keeps registry, start, history, strictness, jobs and notes already shown', () => {
    const s = lessonSession();
    s.run('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
    s.run('mlflow models serve -m models:/my-model/Production --no-conda &');
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    const t = Session.restore(snap, { sources: deterministicSources(2) });
    expect(t.registry).toEqual(s.registry);
    expect(t.history).toEqual(s.history);
    expect(t.strict).toBe(false);
    expect(stdout(t.run('jobs'))).toContain('mlflow models serve -m models:/my-model/Production --no-conda &');
    // The once-per-session note was already shown before the snapshot.
    expect(stderr(t.run('mlflow models transition-stage --model-name my-model --version 2 --stage Staging'))).toBe('');
    t.reset();
    expect(stageOf(t, 1)).toBe('None');
  });

  test('restore options override the stored strictness; a bad snapshot throws a readable error', () => {
    const snap = lessonSession().snapshot();
    expect(Session.restore(snap, { strict: true }).strict).toBe(true);
    expect(() => Session.restore({ ...snap, version: 9 } as never)).toThrow(/session snapshot/);
    expect(() => Session.restore({ ...snap, start: '{}' })).toThrow(/starting registry/);
  });

  test('after a reload the exported variables are still set (echo $MLFLOW_PORT), $? too', () => {
    const s = lessonSession();
    s.run('export MLFLOW_PORT=5001 __proto__=p constructor=c');
    s.run('false-command');
    const t = Session.restore(JSON.parse(JSON.stringify(s.snapshot())));
    expect(stdout(t.run('echo $?'))).toBe('127\n');
    expect(stdout(t.run('echo $MLFLOW_PORT $__proto__ $constructor'))).toBe('5001 p c\n');
  });

  test.each([
    ['a server list of another shape', { servers: [{ job: 'one' }] }, 'the saved servers could not be read'],
    ['exported variables that are not text', { exported: { A: 1 } }, 'the saved exported variables could not be read'],
    [
      'a current registry that is not one',
      null,
      'registry: Not a registry file: expected "format": "mlflow-sim/registry"',
    ],
  ])('%s starts that part clean, names it, and keeps the rest', (_, shellPatch, problem) => {
    const s = lessonSession();
    s.run('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
    s.run('export MLFLOW_PORT=5001');
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    const broken = shellPatch ? { ...snap, shell: { ...snap.shell, ...shellPatch } } : { ...snap, registry: '{}' };
    const { session: t, problems } = Session.restoreReporting(broken);
    expect(problems).toEqual([problem]);
    expect(t.history).toEqual(s.history);
    for (const cmd of ['jobs', 'kill %1', 'curl http://127.0.0.1:5000/ping'])
      expect(stderr(t.run(cmd))).not.toContain('internal error');
    if (shellPatch) expect(stageOf(t, 1)).toBe('Production');
    else expect(stageOf(t, 1)).toBe('None');
  });

  test('the Reset button and the reset command are one reset: exported variables and servers go', () => {
    const s = lessonSession();
    s.run('export MLFLOW_PORT=5001');
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    const r = s.run('reset; echo "[$MLFLOW_PORT]"');
    expect(r.reset).toBe(true);
    expect(stdout(r)).toContain('[]');
    expect(stdout(s.run('jobs'))).toBe('');
  });

  test('subscribers hear about every input and state change', () => {
    const s = lessonSession();
    let calls = 0;
    const off = s.subscribe(() => calls++);
    s.run('echo a');
    s.interrupt();
    s.strict = true;
    s.reset();
    off();
    s.run('echo b');
    expect(calls).toBe(4);
  });
});

describe('with the real interpreter (the default)', () => {
  test('a transition made in the Python REPL shows in list-versions, and exit() returns to $', () => {
    const s = lessonSession();
    for (const line of [
      'python',
      'from mlflow import MlflowClient',
      "MlflowClient().transition_model_version_stage('my-model', 2, 'Production')",
    ])
      s.run(line);
    expect(s.mode).toBe('python');
    s.run('exit()');
    expect(s.prompt).toBe('$ ');
    expect(stdout(s.run('mlflow models list-versions --model-name my-model'))).toMatch(/^2 +Production /m);
    expect(stdout(s.run('python -c "print(6 * 7)"'))).toBe('42\n');
  });
});
