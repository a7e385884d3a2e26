// str methods (Objects/unicodeobject.c) and str.format (Objects/stringlib/unicode_format.h).
import type { NativeContext } from '../native.ts';
import { nativeFunction } from '../native.ts';
import type { NativeImpl, PyValue } from '../values.ts';
import { PyDict, PyList, PyNativeFunction, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { pyError } from '../errors.ts';
import { getItem, toArray } from '../ops.ts';
import { formatValue } from './format.ts';

/** A str method on a text this long looks at the clock first: a loop of them is slow per step. */
const LONG_TEXT = 100_000;

function method(name: string, sig: string, impl: NativeImpl): void {
  const checked: NativeImpl = (a, ctx) => {
    if (typeof a.self === 'string' && a.self.length > LONG_TEXT) ctx.checkClock();
    return impl(a, ctx);
  };
  C.strClass.dict.set(name, cMethod(nativeFunction(`str.${name}`, sig, checked)));
}

function cMethod(fn: PyNativeFunction): PyNativeFunction {
  fn.cStyle = true;
  return fn;
}

const WS =
  ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function stripChars(s: string, chars: PyValue, left: boolean, right: boolean): string {
  if (chars !== null && typeof chars !== 'string') throw pyError(C.TypeError, `strip arg must be None or str`);
  const set = chars === null ? WS : chars;
  let i = 0;
  let j = s.length;
  if (left) while (i < j && set.includes(s[i]!)) i++;
  if (right) while (j > i && set.includes(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function needStr(v: PyValue, what: string): string {
  if (typeof v !== 'string') throw pyError(C.TypeError, `${what ? what + ' ' : ''}must be str, not ${typeName(v)}`);
  return v;
}

function sepArg(v: PyValue): string {
  if (typeof v !== 'string') throw pyError(C.TypeError, `must be str or None, not ${typeName(v)}`);
  return v;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.includes(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i).replace(/[\s]+$/, ''));
      return out;
    }
    let j = i;
    while (j < n && !WS.includes(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function bounds(s: string, start: PyValue, end: PyValue): [number, number] {
  const n = s.length;
  let a = start === null ? 0 : Number(start as bigint);
  let b = end === null ? n : Number(end as bigint);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [Math.min(a, n), Math.min(b, n)];
}

function affix(a: Record<string, PyValue>, test: (s: string, p: string) => boolean, name: string): boolean {
  const [i, j] = bounds(a.self as string, a.start!, a.end!);
  const s = (a.self as string).slice(i, j);
  const p = a.prefix!;
  if (typeof p === 'string') return test(s, p);
  if (p instanceof PyTuple)
    return p.items.some((x) => {
      if (typeof x !== 'string')
        throw pyError(C.TypeError, `tuple for ${name} must only contain str, not ${typeName(x)}`);
      return test(s, x);
    });
  throw pyError(C.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
}

/** `'{} {name!r:>5}'.format(...)` */
export function strFormat(
  ctx: NativeContext,
  fmt: string,
  args: readonly PyValue[],
  kwargs: PyDict | Map<string, PyValue>,
): string {
  let auto = 0;
  let out = '';
  let i = 0;
  const getKw = (name: string): PyValue => {
    if (kwargs instanceof Map) {
      const v = kwargs.get(name);
      if (v === undefined) throw pyError(C.KeyError, name);
      return v;
    }
    for (const [k, v] of kwargs.map.values()) if (k === name) return v;
    throw pyError(C.KeyError, name);
  };
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyError(C.ValueError, "Single '}' encountered in format string");
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching close brace (specs may nest one level: {x:{w}}).
    let depth = 1;
    let j = i + 1;
    while (j < fmt.length && depth > 0) {
      if (fmt[j] === '{') depth++;
      else if (fmt[j] === '}') depth--;
      if (depth > 0) j++;
    }
    if (depth > 0) throw pyError(C.ValueError, "expected '}' before end of string");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    const m = /^([^!:]*)(?:!([rsa]))?(?::([\s\S]*))?$/.exec(field);
    if (!m) throw pyError(C.ValueError, 'invalid format string');
    const [, ref = '', conv, specRaw = ''] = m;
    const head = /^[^.[]*/.exec(ref)![0];
    let value: PyValue;
    if (head === '') {
      if (auto < 0)
        throw pyError(C.ValueError, 'cannot switch from manual field specification to automatic field numbering');
      if (auto >= args.length)
        throw pyError(C.IndexError, `Replacement index ${auto} out of range for positional args tuple`);
      value = args[auto++]!;
    } else if (/^\d+$/.test(head)) {
      if (auto > 0)
        throw pyError(C.ValueError, 'cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      const n = Number(head);
      if (n >= args.length)
        throw pyError(C.IndexError, `Replacement index ${n} out of range for positional args tuple`);
      value = args[n]!;
    } else value = getKw(head);
    const rest = ref.slice(head.length);
    const re = /\.([A-Za-z_]\w*)|\[([^\]]*)\]/g;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(rest))) {
      if (mm[1] !== undefined) value = ctx.getattr(value, mm[1]);
      else value = getItem(ctx, value, /^\d+$/.test(mm[2]!) ? BigInt(mm[2]!) : mm[2]!);
    }
    const spec = specRaw.includes('{') ? strFormat(ctx, specRaw, args, kwargs) : specRaw;
    if (conv === 'r' || conv === 'a') value = ctx.repr(value);
    else if (conv === 's') value = ctx.str(value);
    out += formatValue(ctx, value, spec);
  }
  return out;
}

function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const upper = ch !== ch.toLowerCase();
    const lower = ch !== ch.toUpperCase();
    if (upper) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (lower) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = cased;
  }
  return out;
}

export function installStrMethods(): void {
  const s = (a: Record<string, PyValue>) => a.self as string;
  method('upper', 'self', (a) => s(a).toUpperCase());
  method('lower', 'self', (a) => s(a).toLowerCase());
  method('casefold', 'self', (a) => s(a).toLowerCase());
  method('swapcase', 'self', (a) =>
    [...s(a)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  );
  method('title', 'self', (a) => title(s(a)));
  method('capitalize', 'self', (a) => (s(a) ? s(a)[0]!.toUpperCase() + s(a).slice(1).toLowerCase() : ''));
  method('strip', 'self, chars=None, /', (a) => stripChars(s(a), a.chars!, true, true));
  method('lstrip', 'self, chars=None, /', (a) => stripChars(s(a), a.chars!, true, false));
  method('rstrip', 'self, chars=None, /', (a) => stripChars(s(a), a.chars!, false, true));
  method('split', 'self, sep=None, maxsplit=-1', (a) => {
    const max = Number(a.maxsplit as bigint);
    if (a.sep === null) return new PyList(splitWhitespace(s(a), max));
    const sep = sepArg(a.sep!);
    if (sep === '') throw pyError(C.ValueError, 'empty separator');
    const parts = s(a).split(sep);
    if (max >= 0 && parts.length > max + 1) return new PyList([...parts.slice(0, max), parts.slice(max).join(sep)]);
    return new PyList(parts);
  });
  method('rsplit', 'self, sep=None, maxsplit=-1', (a) => {
    const max = Number(a.maxsplit as bigint);
    if (a.sep === null) {
      if (max < 0) return new PyList(splitWhitespace(s(a), -1));
      const words = splitWhitespace(s(a), -1);
      if (words.length <= max + 1) return new PyList(words);
      const keep = words.slice(words.length - max);
      const rest = s(a).trimEnd();
      let cut = rest.length;
      for (let k = 0; k < max; k++) {
        cut = rest.lastIndexOf(keep[keep.length - 1 - k]!, cut - 1);
      }
      return new PyList([rest.slice(0, cut).trimEnd(), ...keep]);
    }
    const sep = sepArg(a.sep!);
    if (sep === '') throw pyError(C.ValueError, 'empty separator');
    const parts = s(a).split(sep);
    if (max >= 0 && parts.length > max + 1)
      return new PyList([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
    return new PyList(parts);
  });
  method('splitlines', 'self, keepends=False', (a) => {
    const text = s(a);
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push(text.slice(last, a.keepends ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return new PyList(out);
  });
  method('join', 'self, iterable, /', (a, ctx) => {
    const items = toArray(ctx, a.iterable!);
    items.forEach((v, i) => {
      if (typeof v !== 'string')
        throw pyError(C.TypeError, `sequence item ${i}: expected str instance, ${typeName(v)} found`);
    });
    return items.join(s(a));
  });
  method('replace', 'self, old, new, count=-1, /', (a) => {
    const old = needStr(a.old!, 'replace() argument 1');
    const rep = needStr(a.new!, 'replace() argument 2');
    let count = Number(a.count as bigint);
    if (count < 0) return old === '' ? [...s(a)].reduce((acc, c) => acc + c + rep, rep) : s(a).split(old).join(rep);
    let out = '';
    let rest = s(a);
    while (count-- > 0) {
      const i = rest.indexOf(old);
      if (i < 0) break;
      out += rest.slice(0, i) + rep;
      rest = rest.slice(i + old.length);
      if (old === '') {
        out += rest.slice(0, 1);
        rest = rest.slice(1);
      }
    }
    return out + rest;
  });
  method('startswith', 'self, prefix, start=None, end=None, /', (a) =>
    affix(a, (x, p) => x.startsWith(p), 'startswith'),
  );
  C.strClass.dict.set(
    'endswith',
    nativeFunction('str.endswith', 'self, prefix, start=None, end=None, /', (a) =>
      affix(a, (x, p) => x.endsWith(p), 'endswith'),
    ),
  );
  const finder = (name: string, fromRight: boolean, raise: boolean) =>
    method(name, 'self, sub, start=None, end=None, /', (a) => {
      const sub = needStr(a.sub!, '');
      const [i, j] = bounds(s(a), a.start!, a.end!);
      const hay = s(a).slice(i, j);
      const k = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
      if (k < 0 || i > s(a).length) {
        if (raise) throw pyError(C.ValueError, 'substring not found');
        return -1n;
      }
      return BigInt(k + i);
    });
  finder('find', false, false);
  finder('rfind', true, false);
  finder('index', false, true);
  finder('rindex', true, true);
  method('count', 'self, sub, start=None, end=None, /', (a) => {
    const sub = needStr(a.sub!, '');
    const [i, j] = bounds(s(a), a.start!, a.end!);
    const hay = s(a).slice(i, j);
    if (sub === '') return BigInt(hay.length + 1);
    return BigInt(hay.split(sub).length - 1);
  });
  method('format', 'self, /, *args, **kwargs', (a, ctx) =>
    strFormat(ctx, s(a), (a.args as PyTuple).items, a.kwargs as PyDict),
  );
  method('format_map', 'self, mapping, /', (a, ctx) => strFormat(ctx, s(a), [], a.mapping as PyDict));
  const pred = (name: string, re: RegExp) => method(name, 'self', (a) => s(a).length > 0 && re.test(s(a)));
  pred('isdigit', /^\d+$/u);
  pred('isdecimal', /^\d+$/u);
  pred('isnumeric', /^\p{N}+$/u);
  pred('isalpha', /^\p{L}+$/u);
  pred('isalnum', /^[\p{L}\p{N}]+$/u);
  pred('isspace', /^\s+$/u);
  pred('isidentifier', /^[\p{L}_][\p{L}\p{N}_]*$/u);
  method('isupper', 'self', (a) => /\p{Lu}/u.test(s(a)) && !/\p{Ll}/u.test(s(a)));
  method('islower', 'self', (a) => /\p{Ll}/u.test(s(a)) && !/\p{Lu}/u.test(s(a)));
  method('istitle', 'self', (a) => isTitle(s(a)));
  method('isascii', 'self', (a) => /^[\x00-\x7f]*$/.test(s(a)));
  const padder = (name: string, place: (t: string, w: number, f: string) => string) =>
    method(name, "self, width, fillchar=' ', /", (a) => {
      const w = Number(a.width as bigint);
      const f = a.fillchar as string;
      if (typeof f !== 'string' || [...f].length !== 1)
        throw pyError(C.TypeError, 'The fill character must be exactly one character long');
      return s(a).length >= w ? s(a) : place(s(a), w, f);
    });
  padder('ljust', (t, w, f) => t + f.repeat(w - t.length));
  padder('rjust', (t, w, f) => f.repeat(w - t.length) + t);
  padder('center', (t, w, f) => {
    const total = w - t.length;
    const left = Math.floor(total / 2) + (total & w & 1);
    return f.repeat(left) + t + f.repeat(total - left);
  });
  method('zfill', 'self, width, /', (a) => {
    const t = s(a);
    const w = Number(a.width as bigint);
    if (t.length >= w) return t;
    const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
    return sign + '0'.repeat(w - t.length) + t.slice(sign.length);
  });
  method('partition', 'self, sep, /', (a) => {
    const sep = needStr(a.sep!, '');
    const i = s(a).indexOf(sep);
    if (i < 0) return new PyTuple([s(a), '', '']);
    return new PyTuple([s(a).slice(0, i), sep, s(a).slice(i + sep.length)]);
  });
  method('rpartition', 'self, sep, /', (a) => {
    const sep = needStr(a.sep!, '');
    const i = s(a).lastIndexOf(sep);
    if (i < 0) return new PyTuple(['', '', s(a)]);
    return new PyTuple([s(a).slice(0, i), sep, s(a).slice(i + sep.length)]);
  });
  method('removeprefix', 'self, prefix, /', (a) => {
    const p = needStr(a.prefix!, 'removeprefix() argument');
    return s(a).startsWith(p) ? s(a).slice(p.length) : s(a);
  });
  method('removesuffix', 'self, suffix, /', (a) => {
    const p = needStr(a.suffix!, 'removesuffix() argument');
    return p && s(a).endsWith(p) ? s(a).slice(0, -p.length) : s(a);
  });
  method('expandtabs', 'self, tabsize=8', (a) => {
    const size = Number(a.tabsize as bigint);
    let col = 0;
    let out = '';
    for (const ch of s(a)) {
      if (ch === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += ch;
        col = ch === '\n' || ch === '\r' ? 0 : col + 1;
      }
    }
    return out;
  });
  method('encode', "self, encoding='utf-8', errors='strict'", () => {
    throw pyError(C.NotImplementedError, 'bytes (str.encode) are not supported in this simulator');
  });
}
