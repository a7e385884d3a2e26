// The native-module API the `mlflow` package is built on (src/engine/python/native.ts): real
// Python signatures, CPython-shaped binding errors, classes, exceptions, warnings, imports.
import { describe, expect, test } from 'vitest';
import { runPythonScript } from '../../src/engine/python/index.ts';
import type { ModuleTable } from '../../src/engine/python/index.ts';
import { DEFAULT_LIMITS } from '../../src/engine/python/interpreter.ts';
import { nativeClass, nativeFunction, newObject } from '../../src/engine/python/native.ts';
import { Exception, FutureWarning } from '../../src/engine/python/classes.ts';
import { newException } from '../../src/engine/python/errors.ts';
import { PyRaise } from '../../src/engine/python/values.ts';
import type { PyObject } from '../../src/engine/python/values.ts';
import { captureEnv } from './helpers.ts';

const ToyException = nativeClass({ name: 'ToyException', module: 'toy.exceptions', bases: [Exception] });

const Version = nativeClass({
  name: 'Version',
  module: 'toy.entities',
  methods: { __repr__: { sig: 'self', impl: (a) => `<Version: ${String((a.self as PyObject).payload)}>` } },
  properties: { number: { get: (self) => BigInt(self.payload as number) } },
});

const Client = nativeClass({
  name: 'Client',
  module: 'toy.client',
  methods: {
    transition_model_version_stage: {
      sig: 'self, name, version, stage, archive_existing_versions=False',
      impl: (a, ctx) => {
        ctx.warn(FutureWarning, 'stages are deprecated');
        if (a.stage === 'bad')
          throw new PyRaise(
            newException(ToyException, ['Invalid stage: bad'], { error_code: 'INVALID_PARAMETER_VALUE' }),
          );
        return newObject(Version, Number(a.version));
      },
    },
    where: { sig: 'self', impl: (_a, ctx) => `${ctx.callSite().filename}:${ctx.callSite().line}` },
    __enter__: { sig: 'self', impl: (a, ctx) => (ctx.write('stdout', 'opened\n'), a.self!) },
    __exit__: { sig: 'self, exc_type, exc, tb', impl: (_a, ctx) => (ctx.write('stdout', 'closed\n'), false) },
  },
});

function install(modules: ModuleTable): void {
  modules.define('toy', (m) => {
    m.dict.set('Client', Client);
    m.dict.set(
      'greet',
      nativeFunction('greet', "name, *, punctuation='!'", (a) => `hello ${String(a.name)}${String(a.punctuation)}`),
    );
  });
  modules.define('toy.client', (m) => m.dict.set('Client', Client));
  modules.define('toy.exceptions', (m) => m.dict.set('ToyException', ToyException));
  modules.define('toy.extra', (m) => m.dict.set('VALUE', 42n));
}

function run(source: string) {
  const env = captureEnv();
  const result = runPythonScript(env, source, '<snippet>', DEFAULT_LIMITS, install);
  return { out: env.stdout(), err: env.stderr(), result };
}

describe('native modules', () => {
  test.each([
    ['import toy\nprint(toy.greet("ada"))', 'hello ada!\n'],
    ['from toy import greet\nprint(greet("ada", punctuation="?"))', 'hello ada?\n'],
    ['import toy.extra\nprint(toy.extra.VALUE)', '42\n'],
    ['from toy import extra\nprint(extra.VALUE)', '42\n'],
    ['from toy.client import Client\nimport toy\nprint(Client is toy.Client)', 'True\n'],
    ['import toy.extra as e\nprint(e.VALUE)', '42\n'],
  ])('import forms: %j', (source, out) => {
    expect(run(source).out).toBe(out);
  });

  test.each([
    [
      'toy.Client().transition_model_version_stage("m", 1, stages="Staging")',
      "TypeError: Client.transition_model_version_stage() got an unexpected keyword argument 'stages'",
    ],
    [
      'toy.Client().transition_model_version_stage("m", 1)',
      "TypeError: Client.transition_model_version_stage() missing 1 required positional argument: 'stage'",
    ],
    [
      'toy.Client().transition_model_version_stage("m")',
      "TypeError: Client.transition_model_version_stage() missing 2 required positional arguments: 'version' and 'stage'",
    ],
    [
      'toy.Client().transition_model_version_stage("m", 1, "S", True, 5)',
      'TypeError: Client.transition_model_version_stage() takes from 4 to 5 positional arguments but 6 were given',
    ],
    ['toy.greet("a", "b")', 'TypeError: greet() takes 1 positional argument but 2 were given'],
    ['toy.greet()', "TypeError: greet() missing 1 required positional argument: 'name'"],
  ])('binding errors read like CPython: %s', (call, last) => {
    const { err } = run(`import toy\n${call}\n`);
    expect(err.trimEnd().split('\n').pop()).toBe(last);
  });

  test('a native exception prints with its module path and carries attributes', () => {
    const { err, out } = run(
      'import toy\nfrom toy.exceptions import ToyException\ntry:\n    toy.Client().transition_model_version_stage("m", 1, "bad")\nexcept ToyException as e:\n    print(e.error_code, e)\ntoy.Client().transition_model_version_stage("m", 1, "bad")\n',
    );
    expect(out).toBe('INVALID_PARAMETER_VALUE Invalid stage: bad\n');
    expect(err.trimEnd().split('\n').pop()).toBe('toy.exceptions.ToyException: Invalid stage: bad');
  });

  test('properties, repr and context managers of native classes', () => {
    const { out } = run(
      'import toy\nwith toy.Client() as c:\n    v = c.transition_model_version_stage("m", 3, "Staging")\n    print(v, v.number)\n',
    );
    expect(out).toBe('opened\n<Version: 3> 3\nclosed\n');
  });

  // facts §4: the stage APIs' FutureWarning uses stacklevel=2 and Python's default filter, so it
  // prints once per calling line, as `<file>:<line>: FutureWarning: ...` plus the source line.
  test('a warning prints once per call site with the source line, like warnings.showwarning', () => {
    const { err } = run(
      'import toy\nc = toy.Client()\nfor i in range(3):\n    c.transition_model_version_stage("m", 1, "Staging")\nc.transition_model_version_stage("m", 1, "Staging")\n',
    );
    expect(err).toBe(
      '<snippet>:4: FutureWarning: stages are deprecated\n  c.transition_model_version_stage("m", 1, "Staging")\n' +
        '<snippet>:5: FutureWarning: stages are deprecated\n  c.transition_model_version_stage("m", 1, "Staging")\n',
    );
  });

  test('native code sees the line that called it', () => {
    expect(run('import toy\n\nprint(toy.Client().where())\n').out).toBe('<snippet>:3\n');
  });

  test('an unknown module is ModuleNotFoundError naming the full dotted path', () => {
    expect(run('import toy.missing\n').err.trimEnd().split('\n').pop()).toBe(
      "ModuleNotFoundError: No module named 'toy.missing'",
    );
  });
});
