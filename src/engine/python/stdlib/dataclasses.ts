// `dataclasses` (common subset): @dataclass with init/repr/eq/order/frozen, field(default=...,
// default_factory=...), asdict, astuple, fields, replace. Generated methods follow
// Lib/dataclasses.py: `Point(x=1, y=2)` reprs, eq compares field tuples of the same class,
// eq without frozen makes instances unhashable, a mutable default is a ValueError.
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyDict, PyList, PyNativeFunction, PyObject, PyProperty, PySet, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { compare, eq } from '../ops.ts';
import { BindError, bind } from '../signature.ts';
import type { Param } from '../signature.ts';
import { PyRaise } from '../values.ts';

const MISSING = Symbol('MISSING');

interface FieldSpec {
  readonly name: string;
  readonly default: PyValue | typeof MISSING;
  readonly factory: PyValue | typeof MISSING;
  readonly init: boolean;
  readonly repr: boolean;
}

/** What `field(...)` returns until @dataclass reads it. */
const FieldClass = nativeClass({
  name: 'Field',
  module: 'dataclasses',
  properties: { name: { get: (self) => (self.payload as { name?: string }).name ?? null } },
});

const FrozenInstanceError = new PyClass('FrozenInstanceError', 'dataclasses', [C.AttributeError]);

function fieldsOf(cls: PyClass): FieldSpec[] {
  for (const c of cls.mro) {
    const f = c.dict.get('__dataclass_fields__');
    if (f instanceof PyObject) return f.payload as FieldSpec[];
  }
  return [];
}

function values(obj: PyObject): PyValue[] {
  return fieldsOf(obj.cls).map((f) => obj.attrs.get(f.name) ?? null);
}

function process(ctx: NativeContext, cls: PyClass, opts: Record<string, PyValue>): PyClass {
  const ann = cls.dict.get('__annotations__');
  const own: FieldSpec[] = [];
  if (ann instanceof PyDict) {
    for (const [k, type] of ann.map.values()) {
      const name = String(k);
      if (String(type).startsWith('ClassVar')) continue;
      const v = cls.dict.get(name);
      let spec: FieldSpec = { name, default: MISSING, factory: MISSING, init: true, repr: true };
      if (v instanceof PyObject && v.cls === FieldClass) {
        const p = v.payload as {
          default: PyValue | typeof MISSING;
          factory: PyValue | typeof MISSING;
          init: boolean;
          repr: boolean;
          name?: string;
        };
        p.name = name;
        spec = { name, default: p.default, factory: p.factory, init: p.init, repr: p.repr };
        if (p.default === MISSING) cls.dict.delete(name);
        else cls.dict.set(name, p.default as PyValue);
      } else if (v !== undefined) {
        if (v instanceof PyList || v instanceof PyDict || v instanceof PySet)
          throw pyError(
            C.ValueError,
            `mutable default ${ctx.repr(C.typeOf(v))} for field ${name} is not allowed: use default_factory`,
          );
        spec = { ...spec, default: v };
      }
      own.push(spec);
    }
  }
  const inherited = cls.bases.flatMap((b) => fieldsOf(b)).filter((f) => !own.some((o) => o.name === f.name));
  const fields = [...inherited, ...own];
  const initFields = fields.filter((f) => f.init);
  let seenDefault = false;
  for (const f of initFields) {
    const has = f.default !== MISSING || f.factory !== MISSING;
    if (seenDefault && !has) throw pyError(C.TypeError, `non-default argument '${f.name}' follows default argument`);
    seenDefault ||= has;
  }
  cls.dict.set('__dataclass_fields__', new PyObject(FieldClass, fields));
  const frozen = opts.frozen === true;
  const name = cls.name;

  if (opts.init !== false) {
    const params: Param[] = [{ name: 'self', kind: 'positional', hasDefault: false, default: null }];
    for (const f of initFields)
      params.push({
        name: f.name,
        kind: 'positional',
        hasDefault: f.default !== MISSING || f.factory !== MISSING,
        default: f.default === MISSING ? null : (f.default as PyValue),
      });
    const signature = { params, positionalOnly: 0 };
    const init = new PyNativeFunction(
      '__init__',
      signature,
      () => null,
      (args, kwargs, c) => {
        let bound: PyValue[];
        try {
          bound = bind(`${name}.__init__`, signature, args, kwargs);
        } catch (e) {
          if (e instanceof BindError) throw pyError(C.TypeError, e.message);
          throw e;
        }
        const self = bound[0] as PyObject;
        fields.forEach((f) => {
          const i = initFields.indexOf(f);
          let v: PyValue;
          if (i >= 0 && (args.length > i + 1 || kwargs?.has(f.name) || f.factory === MISSING)) v = bound[i + 1]!;
          else v = f.factory !== MISSING ? c.call(f.factory as PyValue, []) : (f.default as PyValue);
          self.attrs.set(f.name, v);
        });
        const post = self.cls.lookup('__post_init__');
        if (post !== undefined) c.call(post, [self]);
        return null;
      },
    );
    init.qualname = `${name}.__init__`;
    cls.dict.set('__init__', init);
  }
  if (opts.repr !== false)
    cls.dict.set(
      '__repr__',
      nativeFunction(`${name}.__repr__`, 'self', (a, c) => {
        const o = a.self as PyObject;
        return `${o.cls.name}(${fieldsOf(o.cls)
          .filter((f) => f.repr)
          .map((f) => `${f.name}=${c.repr(o.attrs.get(f.name) ?? null)}`)
          .join(', ')})`;
      }),
    );
  if (opts.eq !== false) {
    cls.dict.set(
      '__eq__',
      nativeFunction(`${name}.__eq__`, 'self, other', (a, c) => {
        const o = a.other;
        if (!(o instanceof PyObject) || o.cls !== (a.self as PyObject).cls) return false;
        return eq(c, new PyTuple(values(a.self as PyObject)), new PyTuple(values(o)));
      }),
    );
    if (!frozen) cls.dict.set('__hash__', null);
    else
      cls.dict.set(
        '__hash__',
        nativeFunction(`${name}.__hash__`, 'self', (a) => {
          const key = hashKey(new PyTuple(values(a.self as PyObject)));
          if (key === null) throw pyError(C.TypeError, `unhashable type: '${typeName(a.self!)}'`);
          let h = 0;
          for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
          return BigInt(h);
        }),
      );
  }
  if (opts.order === true)
    for (const [dunder, op] of [
      ['__lt__', '<'],
      ['__le__', '<='],
      ['__gt__', '>'],
      ['__ge__', '>='],
    ] as const)
      cls.dict.set(
        dunder,
        nativeFunction(`${name}.${dunder}`, 'self, other', (a, c) =>
          compare(c, op, new PyTuple(values(a.self as PyObject)), new PyTuple(values(a.other as PyObject))),
        ),
      );
  if (frozen) {
    for (const f of fields)
      cls.dict.set(
        f.name,
        new PyProperty(
          (self) => (self as PyObject).attrs.get(f.name) ?? null,
          () => {
            throw new PyRaise(newException(FrozenInstanceError, [`cannot assign to field '${f.name}'`]));
          },
        ),
      );
    // __init__ writes through attrs directly, so frozen fields still get their values.
  }
  return cls;
}

export const buildDataclasses: ModuleBuilder = (m) => {
  const OPTS =
    'init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False';
  m.dict.set(
    'dataclass',
    nativeFunction('dataclass', `cls=None, /, *, ${OPTS}`, (a, ctx) => {
      if (a.cls instanceof PyClass) return process(ctx, a.cls, a);
      const opts = { ...a };
      return nativeFunction('wrap', 'cls', (b, c) => process(c, b.cls as PyClass, opts));
    }),
  );
  // field(default=...) must tell "default=None" from no default, so it reads its keywords itself.
  m.dict.set(
    'field',
    new PyNativeFunction(
      'field',
      { params: [], positionalOnly: 0 },
      () => null,
      (args, kwargs) => {
        if (args.length)
          throw pyError(C.TypeError, `field() takes 0 positional arguments but ${args.length} were given`);
        const k = kwargs ?? new Map<string, PyValue>();
        if (k.has('default') && k.has('default_factory'))
          throw pyError(C.ValueError, 'cannot specify both default and default_factory');
        return new PyObject(FieldClass, {
          default: k.has('default') ? k.get('default')! : MISSING,
          factory: k.has('default_factory') ? k.get('default_factory')! : MISSING,
          init: k.get('init') !== false,
          repr: k.get('repr') !== false,
        });
      },
    ),
  );
  const needDataclass = (v: PyValue, fn: string): PyObject => {
    if (!(v instanceof PyObject) || !fieldsOf(v.cls).length)
      throw pyError(C.TypeError, `${fn}() should be called on dataclass instances`);
    return v;
  };
  const toPlain = (v: PyValue, c: NativeContext): PyValue => {
    if (v instanceof PyObject && fieldsOf(v.cls).length) {
      const d = new PyDict();
      for (const f of fieldsOf(v.cls)) {
        const val = toPlain(v.attrs.get(f.name) ?? null, c);
        d.map.set(hashKey(f.name)!, [f.name, val]);
      }
      return d;
    }
    if (v instanceof PyList) return new PyList(v.items.map((x) => toPlain(x, c)));
    if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => toPlain(x, c)));
    if (v instanceof PyDict) {
      const d = new PyDict();
      for (const [k, [kk, vv]] of v.map) d.map.set(k, [kk, toPlain(vv, c)]);
      return d;
    }
    return v;
  };
  m.dict.set(
    'asdict',
    nativeFunction('asdict', 'obj, *, dict_factory=None', (a, c) => toPlain(needDataclass(a.obj!, 'asdict'), c)),
  );
  m.dict.set(
    'astuple',
    nativeFunction(
      'astuple',
      'obj, *, tuple_factory=None',
      (a) => new PyTuple(values(needDataclass(a.obj!, 'astuple'))),
    ),
  );
  m.dict.set(
    'fields',
    nativeFunction('fields', 'class_or_instance', (a) => {
      const v = a.class_or_instance!;
      const cls = v instanceof PyClass ? v : v instanceof PyObject ? v.cls : null;
      if (!cls || !fieldsOf(cls).length) throw pyError(C.TypeError, 'must be called with a dataclass type or instance');
      return new PyTuple(fieldsOf(cls).map((f) => new PyObject(FieldClass, { name: f.name })));
    }),
  );
  m.dict.set(
    'replace',
    nativeFunction('replace', 'obj, /, **changes', (a, c) => {
      const o = needDataclass(a.obj!, 'replace');
      const kw = new Map<string, PyValue>();
      for (const f of fieldsOf(o.cls)) kw.set(f.name, o.attrs.get(f.name) ?? null);
      for (const [k, v] of (a.changes as PyDict).map.values()) kw.set(String(k), v);
      return c.call(o.cls, [], kw);
    }),
  );
  m.dict.set(
    'is_dataclass',
    nativeFunction('is_dataclass', 'obj', (a) => {
      const v = a.obj!;
      const cls = v instanceof PyClass ? v : v instanceof PyObject ? v.cls : null;
      return cls !== null && fieldsOf(cls).length > 0;
    }),
  );
  m.dict.set('FrozenInstanceError', FrozenInstanceError);
};
