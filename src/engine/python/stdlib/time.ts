// `time`: readings come from the session's clock (deterministic in tests); sleep does not block.
import type { ModuleBuilder } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import * as C from '../classes.ts';
import { pyError } from '../errors.ts';

export const buildTime: ModuleBuilder = (m, ctx) => {
  const clock = ctx.env.sources.clock;
  let slept = 0;
  const now = () => clock.now() + slept;
  m.dict.set(
    'time',
    nativeFunction('time', '', () => now() / 1000),
  );
  m.dict.set(
    'time_ns',
    nativeFunction('time_ns', '', () => BigInt(now()) * 1_000_000n),
  );
  m.dict.set(
    'perf_counter',
    nativeFunction('perf_counter', '', () => now() / 1000),
  );
  m.dict.set(
    'monotonic',
    nativeFunction('monotonic', '', () => now() / 1000),
  );
  m.dict.set(
    'sleep',
    nativeFunction('sleep', 'secs, /', (a) => {
      const s = a.secs as PyValue;
      const n = typeof s === 'bigint' ? Number(s) : typeof s === 'number' ? s : NaN;
      if (Number.isNaN(n)) throw pyError(C.TypeError, `'${C.typeName(s)}' object cannot be interpreted as an integer`);
      if (n < 0) throw pyError(C.ValueError, 'sleep length must be non-negative');
      // A simulated sleep: time moves on, the page does not freeze.
      slept += n * 1000;
      return null;
    }),
  );
  m.dict.set(
    'strftime',
    nativeFunction('strftime', 'format, t=None, /', (a) => {
      const d = new Date(now());
      const p = (n: number, w = 2) => String(n).padStart(w, '0');
      return String(a.format).replace(/%([YmdHMSjaAbBp%])/g, (_m, c: string) => {
        const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
        const months = [
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ];
        switch (c) {
          case 'Y':
            return String(d.getUTCFullYear());
          case 'm':
            return p(d.getUTCMonth() + 1);
          case 'd':
            return p(d.getUTCDate());
          case 'H':
            return p(d.getUTCHours());
          case 'M':
            return p(d.getUTCMinutes());
          case 'S':
            return p(d.getUTCSeconds());
          case 'a':
            return days[d.getUTCDay()]!.slice(0, 3);
          case 'A':
            return days[d.getUTCDay()]!;
          case 'b':
            return months[d.getUTCMonth()]!.slice(0, 3);
          case 'B':
            return months[d.getUTCMonth()]!;
          case 'p':
            return d.getUTCHours() < 12 ? 'AM' : 'PM';
          case 'j':
            return p(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3);
          default:
            return '%';
        }
      });
    }),
  );
};
