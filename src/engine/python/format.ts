// The format-spec mini-language used by `format()`, `str.format` and f-strings
// (Python/formatter_unicode.c). repr(float) itself is in ../python-text/repr.ts.

import { intToDecimal } from './costs.ts';
import { floatRepr } from '../python-text/repr.ts';

export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '^' | '=' | '';
  sign: '+' | '-' | ' ' | '';
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: ',' | '_' | '';
  precision: number | null;
  type: string;
}

export function parseSpec(spec: string): FormatSpec | null {
  const m = /^(?:([\s\S])?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec);
  if (!m) return null;
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: (m[2] as FormatSpec['align']) ?? (m[6] ? '=' : ''),
    sign: (m[3] as FormatSpec['sign']) ?? '',
    alternate: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: (m[8] as FormatSpec['grouping']) ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? '',
  };
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

function pad(body: string, sign: string, spec: FormatSpec, defaultAlign: '<' | '>'): string {
  const align = spec.align || defaultAlign;
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const n = spec.width - len;
  const fill = spec.fill;
  if (align === '=') return sign + fill.repeat(n) + body;
  if (align === '<') return sign + body + fill.repeat(n);
  if (align === '>') return fill.repeat(n) + sign + body;
  const left = Math.floor(n / 2);
  return fill.repeat(left) + sign + body + fill.repeat(n - left);
}

/** Thrown for a spec that does not apply (`ValueError: Unknown format code 'd' for object of type 'str'`). */
export class SpecError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export function formatStr(s: string, specText: string): string {
  const spec = parseSpec(specText);
  if (!spec) throw new SpecError('Invalid format specifier');
  if (spec.type && spec.type !== 's')
    throw new SpecError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) throw new SpecError('Sign not allowed in string format specifier');
  if (spec.align === '=') throw new SpecError("'=' alignment not allowed in string format specifier");
  const body = spec.precision !== null ? s.slice(0, spec.precision) : s;
  return pad(body, '', spec, '<');
}

export function formatInt(v: bigint, specText: string): string {
  const spec = parseSpec(specText);
  if (!spec) throw new SpecError('Invalid format specifier');
  if ('eEfFgG%'.includes(spec.type) && spec.type) return formatFloat(Number(v), specText);
  if (spec.precision !== null) throw new SpecError('Precision not allowed in integer format specifier');
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (spec.type) {
    case '':
    case 'd':
    case 'n':
      body = group(intToDecimal(abs), spec.grouping);
      break;
    case 'x':
      body = group(abs.toString(16), spec.grouping === '_' ? '_' : '', 4);
      prefix = spec.alternate ? '0x' : '';
      break;
    case 'X':
      body = group(abs.toString(16).toUpperCase(), spec.grouping === '_' ? '_' : '', 4);
      prefix = spec.alternate ? '0X' : '';
      break;
    case 'o':
      body = abs.toString(8);
      prefix = spec.alternate ? '0o' : '';
      break;
    case 'b':
      body = abs.toString(2);
      prefix = spec.alternate ? '0b' : '';
      break;
    case 'c':
      body = String.fromCodePoint(Number(v));
      break;
    default:
      throw new SpecError(`Unknown format code '${spec.type}' for object of type 'int'`);
  }
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  if (spec.zero && spec.align === '=' && spec.grouping && !spec.type.match(/[xXob]/)) {
    // Zero padding keeps the thousands separators: format(1234, '010,') == '00,001,234'.
    const width = spec.width - sign.length - prefix.length;
    let digits = abs.toString();
    while (group(digits, spec.grouping).length < width) digits = '0' + digits;
    return sign + prefix + group(digits, spec.grouping);
  }
  return pad(prefix + body, sign, { ...spec }, '>').replace(/^(\s*[-+ ]?)(0[xob])?/i, (m) => m);
}

/**
 * `x` with `digits` decimals, correctly rounded with ties to even like CPython's `'%.*f'`
 * (JavaScript's toFixed breaks exact ties upwards: (2.5).toFixed(0) is '3', Python says '2').
 */
export function toFixed(x: number, digits: number): string {
  if (digits > 100) return toFixed(x, 100) + '0'.repeat(digits - 100);
  if (!Number.isFinite(x)) return String(x);
  const neg = x < 0 || Object.is(x, -0);
  if (Math.abs(x) >= 1e21) {
    // toFixed switches to exponent notation here; such floats are integers anyway.
    return (neg ? '-' : '') + BigInt(Math.abs(x)).toString() + (digits > 0 ? '.' + '0'.repeat(digits) : '');
  }
  const exact = Math.abs(x).toFixed(Math.min(100, digits + 30));
  const dot = exact.indexOf('.');
  const intPart = exact.slice(0, dot);
  const frac = exact.slice(dot + 1);
  const kept = frac.slice(0, digits);
  const rest = frac.slice(digits);
  const digitsStr = intPart + kept;
  const half = rest[0] ?? '0';
  const beyond = /[1-9]/.test(rest.slice(1));
  const last = Number(digitsStr[digitsStr.length - 1] ?? '0');
  let n = BigInt(digitsStr);
  if (half > '5' || (half === '5' && (beyond || last % 2 === 1))) n += 1n;
  const str = n.toString().padStart(digits + 1, '0');
  const body = digits > 0 ? `${str.slice(0, str.length - digits)}.${str.slice(str.length - digits)}` : str;
  return (neg ? '-' : '') + body;
}

function trimZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/** `format(x, 'e')` body for |x|, Python style exponent (at least two digits). */
function expBody(x: number, precision: number, upper: boolean): string {
  const [mant, exp] = x.toExponential(Math.min(precision, 100)).split('e') as [string, string];
  const e = Number(exp);
  const s = `${mant}e${e < 0 ? '-' : '+'}${Math.abs(e) < 10 ? '0' : ''}${Math.abs(e)}`;
  return upper ? s.toUpperCase() : s;
}

function generalBody(x: number, precision: number, alternate: boolean, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (x === 0) return alternate ? '0.' + '0'.repeat(p - 1) : '0';
  const exp = Number(x.toExponential(p - 1).split('e')[1]);
  if (exp >= -4 && exp < p) {
    const s = toFixed(x, p - 1 - exp);
    return alternate ? s : trimZeros(s);
  }
  const s = expBody(x, p - 1, upper);
  if (alternate) return s;
  const [m, e] = s.split(upper ? 'E' : 'e') as [string, string];
  return trimZeros(m) + (upper ? 'E' : 'e') + e;
}

export function formatFloat(x: number, specText: string): string {
  const spec = parseSpec(specText);
  if (!spec) throw new SpecError('Invalid format specifier');
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  let body: string;
  const t = spec.type;
  if (!Number.isFinite(abs)) {
    body = Number.isNaN(abs) ? 'nan' : 'inf';
    if (t === 'F' || t === 'E' || t === 'G') body = body.toUpperCase();
    if (t === '%') body += '%';
  } else {
    switch (t) {
      case 'f':
      case 'F':
        body = toFixed(abs, spec.precision ?? 6);
        if (spec.alternate && !body.includes('.')) body += '.';
        break;
      case 'e':
      case 'E':
        body = expBody(abs, spec.precision ?? 6, t === 'E');
        break;
      case '%':
        body = toFixed(abs * 100, spec.precision ?? 6) + '%';
        break;
      case 'g':
      case 'G':
      case 'n':
        body = generalBody(abs, spec.precision ?? 6, spec.alternate, t === 'G');
        break;
      case '':
        if (spec.precision === null) body = floatRepr(abs);
        else {
          body = generalBody(abs, spec.precision, spec.alternate, false);
          if (!/[.e]/.test(body)) body += '.0';
        }
        break;
      default:
        throw new SpecError(`Unknown format code '${t}' for object of type 'float'`);
    }
  }
  if (spec.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) body = group(m[1]!, spec.grouping) + m[2];
  }
  const sign = neg && !(abs === 0 && !Object.is(x, -0)) ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  return pad(body, sign, spec, '>');
}
