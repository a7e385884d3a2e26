// `datetime` (minimal): datetime, date and timedelta, enough to turn MLflow's millisecond
// timestamps into readable times. The simulator's local time zone is UTC, so
// `datetime.fromtimestamp(mv.creation_timestamp / 1000)` is the same on every machine.
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeClass } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyClass, PyObject } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { notImplementedValue } from '../ops.ts';

const US_PER_DAY = 86_400_000_000;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
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

const num = (v: PyValue, what = 'an integer'): number => {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyError(C.TypeError, `'${typeName(v)}' object cannot be interpreted as ${what}`);
};
const p2 = (n: number) => String(n).padStart(2, '0');
/** Microseconds since the epoch held by a datetime/date, or a timedelta's length. */
const us = (o: PyValue): number => (o as PyObject).payload as number;

function parts(t: number) {
  const d = new Date(Math.floor(t / 1000));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    microsecond: ((t % 1_000_000) + 1_000_000) % 1_000_000,
    weekday: (d.getUTCDay() + 6) % 7,
    yday:
      Math.floor(
        (utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - utc(d.getUTCFullYear(), 0, 1)) / 86_400_000,
      ) + 1,
  };
}

function strftime(t: number, fmt: string): string {
  const x = parts(t);
  return fmt.replace(/%([a-zA-Z%])/g, (m, c: string) => {
    switch (c) {
      case 'Y':
        return String(x.year);
      case 'y':
        return p2(x.year % 100);
      case 'm':
        return p2(x.month);
      case 'd':
        return p2(x.day);
      case 'H':
        return p2(x.hour);
      case 'I':
        return p2(((x.hour + 11) % 12) + 1);
      case 'M':
        return p2(x.minute);
      case 'S':
        return p2(x.second);
      case 'f':
        return String(x.microsecond).padStart(6, '0');
      case 'p':
        return x.hour < 12 ? 'AM' : 'PM';
      case 'a':
        return DAYS[x.weekday]!.slice(0, 3);
      case 'A':
        return DAYS[x.weekday]!;
      case 'b':
        return MONTHS[x.month - 1]!.slice(0, 3);
      case 'B':
        return MONTHS[x.month - 1]!;
      case 'j':
        return String(x.yday).padStart(3, '0');
      case 'z':
        return '+0000';
      case 'Z':
        return 'UTC';
      case '%':
        return '%';
      default:
        return m;
    }
  });
}

function isoformat(t: number, sep = 'T'): string {
  const x = parts(t);
  const base = `${String(x.year).padStart(4, '0')}-${p2(x.month)}-${p2(x.day)}${sep}${p2(x.hour)}:${p2(x.minute)}:${p2(x.second)}`;
  return x.microsecond ? `${base}.${String(x.microsecond).padStart(6, '0')}` : base;
}

function deltaStr(t: number): string {
  const days = Math.floor(t / US_PER_DAY);
  let rest = t - days * US_PER_DAY;
  const micro = rest % 1_000_000;
  rest = (rest - micro) / 1_000_000;
  const s = `${Math.floor(rest / 3600)}:${p2(Math.floor((rest % 3600) / 60))}:${p2(rest % 60)}${micro ? '.' + String(micro).padStart(6, '0') : ''}`;
  return days ? `${days} day${Math.abs(days) === 1 ? '' : 's'}, ${s}` : s;
}

/** Date.UTC for every year: Date.UTC itself reads years 0-99 as 1900-1999. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, sec = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo, d);
  t.setUTCHours(h, mi, sec, 0);
  return t.getTime();
}

/** datetime.MINYEAR..MAXYEAR in microseconds since the epoch: from 0001-01-01 up to (not including) 10000-01-01. */
const MIN_US = -62135596800000000;
const END_US = 253402300800000000;

/** A date or datetime result outside years 1..9999: CPython's OverflowError (Modules/_datetimemodule.c). */
function inRange(t: number): number {
  if (!(t >= MIN_US && t < END_US)) throw pyError(C.OverflowError, 'date value out of range');
  return t;
}

/** A timedelta's days past 999,999,999 either way (timedelta.max.days). */
function checkDelta(t: number): number {
  const days = Math.floor(t / US_PER_DAY);
  if (!Number.isFinite(t) || Math.abs(days) > 999_999_999)
    throw pyError(C.OverflowError, `days=${Number.isFinite(days) ? days : t}; must have magnitude <= 999999999`);
  return t;
}

export function buildDatetimeModule(clockNow: () => number): { datetime: PyClass; date: PyClass; timedelta: PyClass } {
  const timedelta: PyClass = nativeClass({
    name: 'timedelta',
    module: 'datetime',
    methods: {
      __init__: {
        sig: 'self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0',
        impl: (a) => {
          const total =
            num(a.days!) * US_PER_DAY +
            num(a.seconds!) * 1e6 +
            num(a.microseconds!) +
            num(a.milliseconds!) * 1e3 +
            num(a.minutes!) * 6e7 +
            num(a.hours!) * 3.6e9 +
            num(a.weeks!) * 7 * US_PER_DAY;
          (a.self as PyObject).payload = checkDelta(Math.round(total));
          return null;
        },
      },
      total_seconds: { sig: 'self', impl: (a) => us(a.self!) / 1e6 },
      __str__: { sig: 'self', impl: (a) => deltaStr(us(a.self!)) },
      __repr__: {
        sig: 'self',
        impl: (a) => {
          const t = us(a.self!);
          const days = Math.floor(t / US_PER_DAY);
          const seconds = Math.floor((t - days * US_PER_DAY) / 1e6);
          const micro = t - days * US_PER_DAY - seconds * 1e6;
          const f = [
            days ? `days=${days}` : '',
            seconds ? `seconds=${seconds}` : '',
            micro ? `microseconds=${micro}` : '',
          ].filter(Boolean);
          return `datetime.timedelta(${f.join(', ') || '0'})`;
        },
      },
      __add__: {
        sig: 'self, other',
        impl: (a) => (isA(a.other!, timedelta) ? delta(checkDelta(us(a.self!) + us(a.other!))) : notImplementedValue),
      },
      __sub__: {
        sig: 'self, other',
        impl: (a) => (isA(a.other!, timedelta) ? delta(checkDelta(us(a.self!) - us(a.other!))) : notImplementedValue),
      },
      __eq__: { sig: 'self, other', impl: (a) => isA(a.other!, timedelta) && us(a.self!) === us(a.other!) },
      __lt__: { sig: 'self, other', impl: (a) => us(a.self!) < us(a.other!) },
      __gt__: { sig: 'self, other', impl: (a) => us(a.self!) > us(a.other!) },
    },
    properties: {
      days: { get: (self) => BigInt(Math.floor(us(self) / US_PER_DAY)) },
      seconds: { get: (self) => BigInt(Math.floor((us(self) - Math.floor(us(self) / US_PER_DAY) * US_PER_DAY) / 1e6)) },
      microseconds: { get: (self) => BigInt(((us(self) % 1e6) + 1e6) % 1e6) },
    },
  });
  const delta = (t: number) => new PyObject(timedelta, t);
  const isA = (v: PyValue, cls: PyClass) => v instanceof PyObject && v.cls.isSubclassOf(cls);

  const shared = (cls: () => PyClass) => ({
    strftime: { sig: 'self, format', impl: (a: Record<string, PyValue>) => strftime(us(a.self!), String(a.format)) },
    __add__: {
      sig: 'self, other',
      impl: (a: Record<string, PyValue>) =>
        isA(a.other!, timedelta) ? new PyObject(cls(), inRange(us(a.self!) + us(a.other!))) : notImplementedValue,
    },
    __sub__: {
      sig: 'self, other',
      impl: (a: Record<string, PyValue>) => {
        if (isA(a.other!, timedelta)) return new PyObject(cls(), inRange(us(a.self!) - us(a.other!)));
        if (isA(a.other!, cls())) return delta(us(a.self!) - us(a.other!));
        return notImplementedValue;
      },
    },
    __eq__: {
      sig: 'self, other',
      impl: (a: Record<string, PyValue>) => isA(a.other!, cls()) && us(a.self!) === us(a.other!),
    },
    __lt__: { sig: 'self, other', impl: (a: Record<string, PyValue>) => us(a.self!) < us(a.other!) },
    __gt__: { sig: 'self, other', impl: (a: Record<string, PyValue>) => us(a.self!) > us(a.other!) },
    __le__: { sig: 'self, other', impl: (a: Record<string, PyValue>) => us(a.self!) <= us(a.other!) },
    __ge__: { sig: 'self, other', impl: (a: Record<string, PyValue>) => us(a.self!) >= us(a.other!) },
    __hash__: { sig: 'self', impl: (a: Record<string, PyValue>) => BigInt(us(a.self!)) },
  });
  const field = (k: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'microsecond') => ({
    get: (self: PyObject) => BigInt(parts(us(self))[k]),
  });
  const fromFields = (a: Record<string, PyValue>): number => {
    const y = num(a.year!);
    const mo = num(a.month!);
    const d = num(a.day!);
    if (y < 1 || y > 9999) throw pyError(C.ValueError, `year ${y} is out of range`);
    if (mo < 1 || mo > 12) throw pyError(C.ValueError, 'month must be in 1..12');
    const dim = new Date(utc(y, mo, 0)).getUTCDate();
    if (d < 1 || d > dim) throw pyError(C.ValueError, 'day is out of range for month');
    const ms = utc(y, mo - 1, d, num(a.hour ?? 0n), num(a.minute ?? 0n), num(a.second ?? 0n));
    return ms * 1000 + num(a.microsecond ?? 0n);
  };
  const fromTimestamp = (ts: PyValue) => Math.round(num(ts, 'a number') * 1e6);

  const date: PyClass = nativeClass({
    name: 'date',
    module: 'datetime',
    methods: {
      __init__: { sig: 'self, year, month, day', impl: (a) => (((a.self as PyObject).payload = fromFields(a)), null) },
      today: {
        sig: 'cls',
        kind: 'class',
        impl: (a) => new PyObject(a.cls as PyClass, Math.floor(clockNow() / 86_400_000) * US_PER_DAY),
      },
      isoformat: { sig: 'self', impl: (a) => isoformat(us(a.self!)).slice(0, 10) },
      weekday: { sig: 'self', impl: (a) => BigInt(parts(us(a.self!)).weekday) },
      __str__: { sig: 'self', impl: (a) => isoformat(us(a.self!)).slice(0, 10) },
      __repr__: {
        sig: 'self',
        impl: (a) => {
          const x = parts(us(a.self!));
          return `datetime.date(${x.year}, ${x.month}, ${x.day})`;
        },
      },
      ...shared(() => date),
    },
    properties: { year: field('year'), month: field('month'), day: field('day') },
  });

  const datetime: PyClass = nativeClass({
    name: 'datetime',
    module: 'datetime',
    bases: [date],
    methods: {
      __init__: {
        sig: 'self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None',
        impl: (a) => (((a.self as PyObject).payload = fromFields(a)), null),
      },
      now: { sig: 'cls, tz=None', kind: 'class', impl: (a) => new PyObject(a.cls as PyClass, clockNow() * 1000) },
      utcnow: { sig: 'cls', kind: 'class', impl: (a) => new PyObject(a.cls as PyClass, clockNow() * 1000) },
      today: { sig: 'cls', kind: 'class', impl: (a) => new PyObject(a.cls as PyClass, clockNow() * 1000) },
      fromtimestamp: {
        sig: 'cls, t, tz=None',
        kind: 'class',
        impl: (a) => new PyObject(a.cls as PyClass, fromTimestamp(a.t!)),
      },
      utcfromtimestamp: {
        sig: 'cls, t',
        kind: 'class',
        impl: (a) => new PyObject(a.cls as PyClass, fromTimestamp(a.t!)),
      },
      fromisoformat: {
        sig: 'cls, date_string, /',
        kind: 'class',
        impl: (a, ctx: NativeContext) => {
          const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?$/.exec(
            String(a.date_string),
          );
          if (!m) throw pyError(C.ValueError, `Invalid isoformat string: ${ctx.repr(a.date_string!)}`);
          const f = (i: number) => BigInt(m[i] ?? '0');
          return new PyObject(
            a.cls as PyClass,
            fromFields({
              year: f(1),
              month: f(2),
              day: f(3),
              hour: f(4),
              minute: f(5),
              second: f(6),
              microsecond: BigInt((m[7] ?? '').padEnd(6, '0') || '0'),
            }),
          );
        },
      },
      timestamp: { sig: 'self', impl: (a) => us(a.self!) / 1e6 },
      date: { sig: 'self', impl: (a) => new PyObject(date, Math.floor(us(a.self!) / US_PER_DAY) * US_PER_DAY) },
      isoformat: { sig: "self, sep='T', timespec='auto'", impl: (a) => isoformat(us(a.self!), String(a.sep)) },
      __str__: { sig: 'self', impl: (a) => isoformat(us(a.self!), ' ') },
      __repr__: {
        sig: 'self',
        impl: (a) => {
          const x = parts(us(a.self!));
          const f = [x.year, x.month, x.day, x.hour, x.minute];
          if (x.second || x.microsecond) f.push(x.second);
          if (x.microsecond) f.push(x.microsecond);
          return `datetime.datetime(${f.join(', ')})`;
        },
      },
      ...shared(() => datetime),
    },
    properties: {
      year: field('year'),
      month: field('month'),
      day: field('day'),
      hour: field('hour'),
      minute: field('minute'),
      second: field('second'),
      microsecond: field('microsecond'),
    },
  });
  return { datetime, date, timedelta };
}

export const buildDatetime: ModuleBuilder = (m, ctx) => {
  const clock = ctx.env.sources.clock;
  const { datetime, date, timedelta } = buildDatetimeModule(() => clock.now());
  m.dict.set('datetime', datetime);
  m.dict.set('date', date);
  m.dict.set('timedelta', timedelta);
  m.dict.set('MINYEAR', 1n);
  m.dict.set('MAXYEAR', 9999n);
};
