// `sys`: the standard streams (print(..., file=sys.stderr)), argv, exit and version facts.
import type { ModuleBuilder } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import { PyDict, PyList, PyObject, PyRaise, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import type { Interpreter } from '../interpreter.ts';

const TextIOWrapper = nativeClass({
  name: 'TextIOWrapper',
  module: '_io',
  methods: {
    write: {
      sig: 'self, s, /',
      impl: (a, ctx) => {
        if (typeof a.s !== 'string')
          throw pyError(C.TypeError, `write() argument must be str, not ${C.typeName(a.s!)}`);
        const interp = ctx as Interpreter;
        interp.rawWrite(interp.streams.get(a.self!) ?? 'stdout', a.s);
        return BigInt(a.s.length);
      },
    },
    flush: { sig: 'self', impl: () => null },
    isatty: { sig: 'self', impl: () => false },
    __repr__: {
      sig: 'self',
      impl: (a) => `<_io.TextIOWrapper name='<${(a.self as PyObject).payload as string}>' mode='w' encoding='utf-8'>`,
    },
  },
  properties: { name: { get: (self) => `<${self.payload as string}>` } },
});

export const buildSys: ModuleBuilder = (m, ctx) => {
  const interp = ctx as Interpreter;
  const stdout = new PyObject(TextIOWrapper, 'stdout');
  const stderr = new PyObject(TextIOWrapper, 'stderr');
  interp.streams.set(stdout, 'stdout');
  interp.streams.set(stderr, 'stderr');
  m.dict.set('stdout', stdout);
  m.dict.set('stderr', stderr);
  m.dict.set('__stdout__', stdout);
  m.dict.set('__stderr__', stderr);
  m.dict.set('argv', new PyList([interp.frames[0]?.filename ?? '']));
  m.dict.set('version', '3.11.7 (main) [simulated]');
  m.dict.set('version_info', new PyTuple([3n, 11n, 7n, 'final', 0n]));
  m.dict.set('platform', 'linux');
  m.dict.set('maxsize', 9223372036854775807n);
  m.dict.set('path', new PyList(['']));
  m.dict.set('modules', new PyDict());
  m.dict.set('executable', '/usr/bin/python3');
  m.dict.set(
    'exit',
    nativeFunction('exit', 'status=None, /', (a) => {
      throw new PyRaise(newException(C.SystemExit, a.status === null ? [] : [a.status!]));
    }),
  );
  m.dict.set(
    'getrecursionlimit',
    nativeFunction('getrecursionlimit', '', () => BigInt(interp.limits.recursion)),
  );
  m.dict.set(
    'setrecursionlimit',
    nativeFunction('setrecursionlimit', 'limit, /', () => null),
  );
};
