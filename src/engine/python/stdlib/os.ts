// `os` (minimal): environ (a plain dict the mlflow package may read, e.g. MLFLOW_TRACKING_URI),
// getenv, getcwd and os.path's string helpers. No file system exists in the simulator.
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyDict, PyTuple } from '../values.ts';
import { dictGet, pyDict } from '../dict.ts';

const HOME = '/home/learner';

export const buildOs: ModuleBuilder = (m, ctx) => {
  const environ = pyDict([
    ['HOME', HOME],
    ['USER', 'learner'],
    ['PATH', '/usr/local/bin:/usr/bin:/bin'],
  ]);
  m.dict.set('environ', environ);
  m.dict.set('sep', '/');
  m.dict.set('linesep', '\n');
  m.dict.set('name', 'posix');
  m.dict.set(
    'getenv',
    nativeFunction(
      'getenv',
      'key, default=None',
      (a) => dictGet(m.dict.get('environ') as PyDict, a.key!) ?? a.default!,
    ),
  );
  m.dict.set(
    'getcwd',
    nativeFunction('getcwd', '', () => HOME),
  );
  m.dict.set(
    'getpid',
    nativeFunction('getpid', '', () => BigInt(ctx.env.sources.ids.pid())),
  );
  m.dict.set('path', ctx.importModule('os.path'));
};

function join(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += '/' + p;
  }
  return out;
}

export const buildOsPath: ModuleBuilder = (m) => {
  const f = (name: string, sig: string, impl: (a: Record<string, PyValue>) => PyValue) =>
    m.dict.set(name, nativeFunction(name, sig, impl));
  f('join', 'a, *p', (a) => join([a.a as string, ...((a.p as PyTuple).items as string[])]));
  f('basename', 'p', (a) => (a.p as string).slice((a.p as string).lastIndexOf('/') + 1));
  f('dirname', 'p', (a) => {
    const p = a.p as string;
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i) || '/';
  });
  f('exists', 'path', () => false);
  f('isfile', 'path', () => false);
  f('isdir', 'path', () => false);
  f('abspath', 'path', (a) =>
    (a.path as string).startsWith('/') ? (a.path as string) : join([HOME, a.path as string]),
  );
  f('splitext', 'p', (a) => {
    const p = a.p as string;
    const base = p.lastIndexOf('/');
    const dot = p.lastIndexOf('.');
    if (dot <= base + 1) return new PyTuple([p, '']);
    return new PyTuple([p.slice(0, dot), p.slice(dot)]);
  });
};
