// Names a learner types are text, never JavaScript: a model, tag, alias, shell variable or dict
// key called `__proto__`, `constructor`, `toString`... behaves like any other name in the
// terminal, in Python and across a save and reload (fast-check, fixed seed).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { registryStateSchema } from '../../src/engine/registry/schema.ts';
import { Session } from '../../src/engine/session.ts';

const JS_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const name = fc.constantFrom(...JS_NAMES);

test('JavaScript-ish names are ordinary names everywhere a name is accepted', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(name, name, name, (model, key, variable) => {
      const s = new Session();
      const py = s.runPython(
        [
          'from mlflow import MlflowClient',
          'c = MlflowClient()',
          `c.create_registered_model(${JSON.stringify(model)}, tags={${JSON.stringify(key)}: "t"})`,
          `c.set_registered_model_tag(${JSON.stringify(model)}, "k", "v")`,
          `d = {${JSON.stringify(key)}: 1}`,
          `tags = c.get_registered_model(${JSON.stringify(model)}).tags`,
          `print(len(tags), tags[${JSON.stringify(key)}], tags["k"], d[${JSON.stringify(key)}], len(d))`,
          `print(${JSON.stringify(key)} in {}, {}.get(${JSON.stringify(key)}))`,
        ].join('\n'),
        'names.py',
      );
      expect(py.stderr).toBe('');
      expect(py.stdout).toBe('2 t v 1 1\nFalse None\n');
      const shell = s.run(
        `export ${variable}=set; echo "[$${variable}]" "[$${variable === 'constructor' ? 'toString' : 'constructor'}]"`,
      );
      expect(shell.lines).toEqual([{ stream: 'stdout', text: '[set] []' }]);
      // A save and reload keeps them all: the engine's snapshot and the page's stored board.
      const back = Session.restore(JSON.parse(JSON.stringify(s.snapshot())));
      expect(Object.keys(back.registry.models)).toEqual([model]);
      expect(back.run(`echo $${variable}`).lines).toEqual([{ stream: 'stdout', text: 'set' }]);
      const board = registryStateSchema.safeParse(JSON.parse(JSON.stringify(s.registry)));
      expect(board.success && Object.keys(board.data.models)).toEqual([model]);
      expect(board.success && Object.hasOwn(board.data.models[model]?.tags ?? {}, key)).toBe(true);
    }),
    { seed: 10, numRuns: 40 },
  );
});
