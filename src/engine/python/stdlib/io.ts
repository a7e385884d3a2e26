// `io.StringIO` and `contextlib` (suppress, redirect_stdout/redirect_stderr, nullcontext):
// enough to capture printed output into a string, as tests and notebooks often do.
import type { ModuleBuilder } from '../native.ts';
import { nativeClass } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyObject, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { pyError } from '../errors.ts';
import type { Interpreter } from '../interpreter.ts';

interface Buffer {
  text: string;
  pos: number;
  closed: boolean;
}
const buf = (v: PyValue): Buffer => {
  const b = (v as PyObject).payload as Buffer;
  if (b.closed) throw pyError(C.ValueError, 'I/O operation on closed file.');
  return b;
};

export const StringIO = nativeClass({
  name: 'StringIO',
  module: '_io',
  methods: {
    __init__: {
      sig: "self, initial_value='', newline='\\n'",
      impl: (a) => {
        (a.self as PyObject).payload = { text: String(a.initial_value ?? ''), pos: 0, closed: false } satisfies Buffer;
        return null;
      },
    },
    write: {
      sig: 'self, s, /',
      impl: (a) => {
        if (typeof a.s !== 'string') throw pyError(C.TypeError, `string argument expected, got '${C.typeName(a.s!)}'`);
        const b = buf(a.self!);
        b.text = b.text.slice(0, b.pos) + a.s + b.text.slice(b.pos + a.s.length);
        b.pos += a.s.length;
        return BigInt(a.s.length);
      },
    },
    getvalue: { sig: 'self', impl: (a) => buf(a.self!).text },
    read: {
      sig: 'self, size=-1, /',
      impl: (a) => {
        const b = buf(a.self!);
        const n = Number(a.size as bigint);
        const out = n < 0 ? b.text.slice(b.pos) : b.text.slice(b.pos, b.pos + n);
        b.pos += out.length;
        return out;
      },
    },
    seek: { sig: 'self, pos, whence=0, /', impl: (a) => ((buf(a.self!).pos = Number(a.pos as bigint)), a.pos!) },
    tell: { sig: 'self', impl: (a) => BigInt(buf(a.self!).pos) },
    flush: { sig: 'self', impl: () => null },
    close: { sig: 'self', impl: (a) => ((((a.self as PyObject).payload as Buffer).closed = true), null) },
    __enter__: { sig: 'self', impl: (a) => a.self! },
    __exit__: { sig: 'self, *exc', impl: (a) => ((((a.self as PyObject).payload as Buffer).closed = true), null) },
  },
  properties: { closed: { get: (self) => (self.payload as Buffer).closed } },
});

export const buildIo: ModuleBuilder = (m) => {
  m.dict.set('StringIO', StringIO);
};

export const buildContextlib: ModuleBuilder = (m, ctx) => {
  const interp = ctx as Interpreter;
  m.dict.set(
    'suppress',
    nativeClass({
      name: 'suppress',
      module: 'contextlib',
      methods: {
        __init__: {
          sig: 'self, *exceptions',
          impl: (a) => (((a.self as PyObject).payload = (a.exceptions as PyTuple).items), null),
        },
        __enter__: { sig: 'self', impl: () => null },
        __exit__: {
          sig: 'self, exc_type, exc, tb',
          impl: (a) => {
            const t = a.exc_type;
            const kinds = (a.self as PyObject).payload as PyValue[];
            return t instanceof PyClass && kinds.some((k) => k instanceof PyClass && t.isSubclassOf(k));
          },
        },
      },
    }),
  );
  for (const [name, stream] of [
    ['redirect_stdout', 'stdout'],
    ['redirect_stderr', 'stderr'],
  ] as const)
    m.dict.set(
      name,
      nativeClass({
        name,
        module: 'contextlib',
        methods: {
          __init__: {
            sig: 'self, new_target',
            impl: (a) => (((a.self as PyObject).payload = { target: a.new_target, saved: null }), null),
          },
          __enter__: {
            sig: 'self',
            impl: (a) => {
              const st = (a.self as PyObject).payload as { target: PyValue; saved: PyValue };
              st.saved = stream === 'stdout' ? interp.stdoutTarget : interp.stderrTarget;
              if (stream === 'stdout') interp.stdoutTarget = st.target;
              else interp.stderrTarget = st.target;
              return st.target;
            },
          },
          __exit__: {
            sig: 'self, *exc',
            impl: (a) => {
              const st = (a.self as PyObject).payload as { target: PyValue; saved: PyValue };
              if (stream === 'stdout') interp.stdoutTarget = st.saved;
              else interp.stderrTarget = st.saved;
              return null;
            },
          },
        },
      }),
    );
  m.dict.set(
    'nullcontext',
    nativeClass({
      name: 'nullcontext',
      module: 'contextlib',
      methods: {
        __init__: {
          sig: 'self, enter_result=None',
          impl: (a) => (((a.self as PyObject).payload = a.enter_result), null),
        },
        __enter__: { sig: 'self', impl: (a) => (a.self as PyObject).payload as PyValue },
        __exit__: { sig: 'self, *exc', impl: () => null },
      },
    }),
  );
};
