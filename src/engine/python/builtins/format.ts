// `format(value, spec)`: dispatch on the value's type to the mini-language in ../format.ts.
import type { NativeContext } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyObject } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { SpecError, formatFloat, formatInt, formatStr } from '../format.ts';
import { userDunder } from '../ops.ts';

export function formatValue(ctx: NativeContext, v: PyValue, spec: string): string {
  try {
    if (v instanceof PyObject) {
      const m = userDunder(v, '__format__');
      if (m !== undefined) {
        const r = ctx.call(m, [v, spec]);
        if (typeof r !== 'string') throw pyError(C.TypeError, `__format__ must return a str, not ${typeName(r)}`);
        return r;
      }
    }
    if (typeof v === 'boolean') return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1n : 0n, spec);
    if (typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'number') return formatFloat(v, spec);
    if (typeof v === 'string') return formatStr(v, spec);
    if (spec === '') return ctx.str(v);
    throw pyError(C.TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
  } catch (e) {
    if (e instanceof SpecError) throw pyError(C.ValueError, e.message);
    throw e;
  }
}
