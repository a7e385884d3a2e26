// `warnings`: warn() with Python's default filters, simplefilter/filterwarnings, catch_warnings.
// The printing itself lives in Interpreter.warn (formatwarning's `file:line: Category: message`).
import type { ModuleBuilder } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyException, PyList, PyObject } from '../values.ts';
import * as C from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import type { Interpreter, WarningFilter } from '../interpreter.ts';

const ACTIONS = ['default', 'error', 'ignore', 'always', 'module', 'once'];

function checkAction(action: PyValue): string {
  if (typeof action !== 'string' || !ACTIONS.includes(action))
    throw pyError(C.ValueError, `invalid action: ${JSON.stringify(action)}`.replace(/"/g, "'"));
  return action;
}

const WarningMessage = nativeClass({
  name: 'WarningMessage',
  module: 'warnings',
  methods: {
    __str__: {
      sig: 'self',
      impl: (a, ctx) => {
        const o = a.self as PyObject;
        return `{message : ${ctx.repr(o.attrs.get('message')!)}, category : '${(o.attrs.get('category') as PyClass).name}', filename : '${o.attrs.get('filename')}', lineno : ${o.attrs.get('lineno')}, line : None}`;
      },
    },
  },
});

export const buildWarnings: ModuleBuilder = (m, ctx) => {
  const interp = ctx as Interpreter;
  interp.warningMessage = (category, message, site) => {
    const w = new PyObject(WarningMessage);
    w.attrs.set('message', newException(category, [message]));
    w.attrs.set('category', category);
    w.attrs.set('filename', site.filename);
    w.attrs.set('lineno', BigInt(site.line));
    w.attrs.set('line', null);
    return w;
  };
  m.dict.set(
    'warn',
    nativeFunction('warn', 'message, category=None, stacklevel=1, source=None', (a) => {
      let category: PyValue = a.category!;
      let text: string;
      if (a.message instanceof PyException) {
        category = a.message.cls;
        text = interp.str(a.message);
      } else text = interp.str(a.message!);
      if (category === null) category = C.UserWarning;
      if (!(category instanceof PyClass) || !category.isSubclassOf(C.Warning))
        throw pyError(C.TypeError, `category must be a Warning subclass, not '${C.typeName(category)}'`);
      interp.warn(category, text, Number(a.stacklevel as bigint));
      return null;
    }),
  );
  const addFilter = (f: WarningFilter, append: boolean) => {
    interp.warningFilters = append ? [...interp.warningFilters, f] : [f, ...interp.warningFilters];
    interp.warningRegistry.clear();
  };
  m.dict.set(
    'simplefilter',
    nativeFunction('simplefilter', 'action, category=None, lineno=0, append=False', (a) => {
      const category = a.category === null ? C.Warning : (a.category as PyClass);
      addFilter({ action: checkAction(a.action!), category, message: null }, a.append === true);
      return null;
    }),
  );
  m.dict.set(
    'filterwarnings',
    nativeFunction('filterwarnings', "action, message='', category=None, module='', lineno=0, append=False", (a) => {
      const category = a.category === null ? C.Warning : (a.category as PyClass);
      const message = typeof a.message === 'string' && a.message ? new RegExp('^(?:' + a.message + ')', 'i') : null;
      addFilter({ action: checkAction(a.action!), category, message }, a.append === true);
      return null;
    }),
  );
  m.dict.set(
    'resetwarnings',
    nativeFunction('resetwarnings', '', () => {
      interp.warningFilters = [];
      interp.warningRegistry.clear();
      return null;
    }),
  );
  const CatchWarnings = nativeClass({
    name: 'catch_warnings',
    module: 'warnings',
    methods: {
      __init__: {
        sig: 'self, *, record=False, module=None, action=None, category=None, lineno=0, append=False',
        impl: (a) => {
          (a.self as PyObject).payload = {
            record: a.record === true,
            action: a.action,
            saved: null as WarningFilter[] | null,
          };
          return null;
        },
      },
      __enter__: {
        sig: 'self',
        impl: (a) => {
          const st = (a.self as PyObject).payload as {
            record: boolean;
            action: PyValue;
            saved: WarningFilter[] | null;
          };
          st.saved = interp.warningFilters;
          interp.warningFilters = [...interp.warningFilters];
          interp.warningRegistry.clear();
          if (typeof st.action === 'string')
            addFilter({ action: checkAction(st.action), category: C.Warning, message: null }, false);
          if (!st.record) return null;
          const log = new PyList();
          interp.warningRecorders.push(log);
          return log;
        },
      },
      __exit__: {
        sig: 'self, *exc_info',
        impl: (a) => {
          const st = (a.self as PyObject).payload as { record: boolean; saved: WarningFilter[] | null };
          if (st.saved) interp.warningFilters = st.saved;
          if (st.record) interp.warningRecorders.pop();
          interp.warningRegistry.clear();
          return null;
        },
      },
    },
  });
  m.dict.set('catch_warnings', CatchWarnings);
  m.dict.set('WarningMessage', WarningMessage);
};
