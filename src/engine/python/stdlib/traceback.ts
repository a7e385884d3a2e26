// `traceback.print_exc()` / `format_exc()`: the exception being handled, formatted as the
// interpreter would print it uncaught (frames from the handling frame down to the raise).
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { Interpreter } from '../interpreter.ts';
import { PyException } from '../values.ts';
import { formatException } from '../tracebacks.ts';

export const buildTraceback: ModuleBuilder = (m, ctx) => {
  const interp = ctx as Interpreter;
  const current = (): string => {
    const exc = interp.handling[interp.handling.length - 1];
    return exc ? formatException(interp, exc) : 'NoneType: None\n';
  };
  m.dict.set(
    'format_exc',
    nativeFunction('format_exc', 'limit=None, chain=True', () => current()),
  );
  m.dict.set(
    'print_exc',
    nativeFunction('print_exc', 'limit=None, file=None, chain=True', (a) => {
      const text = current();
      if (a.file === null) ctx.write('stderr', text);
      else ctx.call(ctx.getattr(a.file!, 'write'), [text]);
      return null;
    }),
  );
  m.dict.set(
    'format_exception',
    nativeFunction('format_exception', 'exc, /, value=None, tb=None, limit=None, chain=True', (a) => {
      const exc = a.exc instanceof PyException ? a.exc : a.value instanceof PyException ? a.value : null;
      return exc ? formatException(interp, exc) : '';
    }),
  );
};
