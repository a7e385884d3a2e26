// `pprint.pprint` / `pprint.pformat` with the default settings (width=80, indent=1,
// sort_dicts=True), reusing the pretty-printer the mlflow package needs for entity reprs
// (../mlflow/pformat.ts mirrors Lib/pprint.py for str, numbers, None, bool, list, tuple, dict).
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import { pformat } from '../mlflow/pformat.ts';

export const buildPprint: ModuleBuilder = (m) => {
  const sig =
    'object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False';
  m.dict.set(
    'pformat',
    nativeFunction('pformat', sig.replace('stream=None, ', ''), (a, ctx) => pformat(a.object!, (v) => ctx.repr(v))),
  );
  m.dict.set(
    'pprint',
    nativeFunction('pprint', sig, (a, ctx) => {
      const text = pformat(a.object!, (v) => ctx.repr(v)) + '\n';
      if (a.stream === null) ctx.write('stdout', text);
      else ctx.call(ctx.getattr(a.stream!, 'write'), [text]);
      return null;
    }),
  );
  m.dict.set('pp', m.dict.get('pprint')!);
};
