// `logging` (common subset): module functions, getLogger, basicConfig(level, format, datefmt),
// levels, and the last-resort handler. As in CPython, before basicConfig only WARNING and above
// print, as the bare message ("something odd"); after basicConfig the default format is
// `LEVEL:name:message` (Lib/logging/__init__.py, BASIC_FORMAT). Records go to stderr; times come
// from the session clock.
import type { Tone } from '../../env.ts';
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyDict, PyObject, PyTuple } from '../values.ts';
import { strFormat } from '../builtins/strings.ts';
import { binaryOp } from '../ops.ts';

const LEVELS: Record<string, number> = {
  CRITICAL: 50,
  FATAL: 50,
  ERROR: 40,
  WARNING: 30,
  WARN: 30,
  INFO: 20,
  DEBUG: 10,
  NOTSET: 0,
};
const NAMES: Record<number, string> = {
  50: 'CRITICAL',
  40: 'ERROR',
  30: 'WARNING',
  20: 'INFO',
  10: 'DEBUG',
  0: 'NOTSET',
};

interface LoggingState {
  configured: boolean;
  rootLevel: number;
  format: string;
  datefmt: string | null;
  loggers: Map<string, PyObject>;
}

interface LoggerData {
  name: string;
  level: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export const buildLogging: ModuleBuilder = (m, ctx) => {
  const state: LoggingState = {
    configured: false,
    rootLevel: 30,
    format: '%(levelname)s:%(name)s:%(message)s',
    datefmt: null,
    loggers: new Map(),
  };
  const clock = ctx.env.sources.clock;

  const effectiveLevel = (data: LoggerData): number => {
    if (data.level) return data.level;
    let name = data.name;
    while (name.includes('.')) {
      name = name.slice(0, name.lastIndexOf('.'));
      const parent = state.loggers.get(name);
      const lvl = parent ? (parent.payload as LoggerData).level : 0;
      if (lvl) return lvl;
    }
    return state.rootLevel;
  };

  const emit = (c: NativeContext, data: LoggerData, level: number, msg: PyValue, args: readonly PyValue[]) => {
    if (level < effectiveLevel(data)) return;
    let message = c.str(msg);
    if (args.length)
      message = binaryOp(
        c,
        '%',
        message,
        args.length === 1 && args[0] instanceof PyDict ? args[0] : new PyTuple(args),
      ) as string;
    if (!state.configured) {
      // The last-resort handler: WARNING and above, message only.
      if (level >= 30) c.write('stderr', message + '\n', levelTone(level));
      return;
    }
    const now = clock.now();
    const d = new Date(now);
    const asctime = state.datefmt
      ? state.datefmt.replace(/%([YmdHMS])/g, (_x, k: string) =>
          k === 'Y'
            ? String(d.getUTCFullYear())
            : k === 'm'
              ? pad(d.getUTCMonth() + 1)
              : k === 'd'
                ? pad(d.getUTCDate())
                : k === 'H'
                  ? pad(d.getUTCHours())
                  : k === 'M'
                    ? pad(d.getUTCMinutes())
                    : pad(d.getUTCSeconds()),
        )
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${pad(d.getUTCMilliseconds(), 3)}`;
    const fields: Record<string, string> = {
      levelname: NAMES[level] ?? `Level ${level}`,
      name: data.name,
      message,
      asctime,
      levelno: String(level),
      filename: c.callSite(2).filename,
      lineno: String(c.callSite(2).line),
      module: '__main__',
      funcName: '<module>',
      process: String(c.env.sources.ids.pid()),
    };
    const line = state.format.replace(/%\((\w+)\)([-\d]*)([sd])/g, (_x, k: string, width: string) => {
      const v = fields[k] ?? '';
      const w = Number(width || 0);
      return w < 0 ? v.padEnd(-w) : v.padStart(w);
    });
    c.write('stderr', line + '\n', levelTone(level));
  };

  const Logger = nativeClass({
    name: 'Logger',
    module: 'logging',
    methods: {
      setLevel: {
        sig: 'self, level',
        impl: (a) => {
          const lvl = typeof a.level === 'string' ? (LEVELS[a.level] ?? 0) : Number(a.level);
          const data = (a.self as PyObject).payload as LoggerData;
          if (data.name === 'root') state.rootLevel = lvl;
          else data.level = lvl;
          return null;
        },
      },
      getEffectiveLevel: {
        sig: 'self',
        impl: (a) => BigInt(effectiveLevel((a.self as PyObject).payload as LoggerData)),
      },
      isEnabledFor: {
        sig: 'self, level',
        impl: (a) => Number(a.level) >= effectiveLevel((a.self as PyObject).payload as LoggerData),
      },
      __repr__: {
        sig: 'self',
        impl: (a) => {
          const data = (a.self as PyObject).payload as LoggerData;
          const lvl = NAMES[effectiveLevel(data)] ?? String(effectiveLevel(data));
          return data.name === 'root' ? `<RootLogger root (${lvl})>` : `<Logger ${data.name} (${lvl})>`;
        },
      },
      ...Object.fromEntries(
        (['debug', 'info', 'warning', 'error', 'critical', 'exception'] as const).map((fn) => [
          fn,
          {
            sig: 'self, msg, *args, **kwargs',
            impl: (a: Record<string, PyValue>, c: NativeContext) => {
              const level = fn === 'exception' ? 40 : LEVELS[fn.toUpperCase()]!;
              emit(c, (a.self as PyObject).payload as LoggerData, level, a.msg!, (a.args as PyTuple).items);
              return null;
            },
          },
        ]),
      ),
      log: {
        sig: 'self, level, msg, *args, **kwargs',
        impl: (a, c) => (
          emit(c, (a.self as PyObject).payload as LoggerData, Number(a.level), a.msg!, (a.args as PyTuple).items), null
        ),
      },
    },
    properties: { name: { get: (self) => (self.payload as LoggerData).name } },
  });

  const root = new PyObject(Logger, { name: 'root', level: 0 } satisfies LoggerData);
  const getLogger = (name: PyValue): PyObject => {
    if (name === null || name === 'root' || name === '') return root;
    const key = String(name);
    let lg = state.loggers.get(key);
    if (!lg) state.loggers.set(key, (lg = new PyObject(Logger, { name: key, level: 0 } satisfies LoggerData)));
    return lg;
  };

  for (const [k, v] of Object.entries(LEVELS)) m.dict.set(k, BigInt(v));
  m.dict.set('Logger', Logger);
  m.dict.set('root', root);
  m.dict.set(
    'getLogger',
    nativeFunction('getLogger', 'name=None', (a) => getLogger(a.name!)),
  );
  m.dict.set(
    'basicConfig',
    nativeFunction(
      'basicConfig',
      '*, level=None, format=None, datefmt=None, force=False, filename=None, stream=None, style=None, handlers=None, filemode=None, encoding=None',
      (a) => {
        if (state.configured && a.force !== true) return null;
        state.configured = true;
        if (a.level !== null) state.rootLevel = typeof a.level === 'string' ? (LEVELS[a.level] ?? 30) : Number(a.level);
        if (typeof a.format === 'string') state.format = a.format;
        if (typeof a.datefmt === 'string') state.datefmt = a.datefmt;
        return null;
      },
    ),
  );
  for (const fn of ['debug', 'info', 'warning', 'error', 'critical', 'exception'] as const)
    m.dict.set(
      fn,
      nativeFunction(fn, 'msg, *args, **kwargs', (a, c) => {
        // Module-level functions configure the root logger first, as logging.info() does.
        if (!state.configured) {
          state.configured = true;
        }
        emit(
          c,
          root.payload as LoggerData,
          fn === 'exception' ? 40 : LEVELS[fn.toUpperCase()]!,
          a.msg!,
          (a.args as PyTuple).items,
        );
        return null;
      }),
    );
  m.dict.set(
    'getLevelName',
    nativeFunction('getLevelName', 'level', (a) => NAMES[Number(a.level)] ?? `Level ${String(a.level)}`),
  );
  void strFormat;
};

/** How a record shows in the terminal: ERROR and CRITICAL as errors, WARNING as a warning, the rest as log lines. */
function levelTone(level: number): Tone {
  return level >= 40 ? 'error' : level >= 30 ? 'warning' : 'log';
}
