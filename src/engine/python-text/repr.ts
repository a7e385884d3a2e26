// CPython's repr() of a str and of a float: the one home of these text rules. Python snippets
// print them, click quotes bad values with them ('abc' is not a valid integer) and MLflow's
// messages embed them ({name!r}), so the python, shell and registry packages all import this
// leaf; it imports nothing.

/**
 * Characters `str.isprintable()` rejects, which repr escapes (Objects/unicodectype.c,
 * _PyUnicode_IsPrintable): the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except the space.
 * The category data is the JS engine's Unicode version; CPython 3.11 uses Unicode 14, so a
 * character assigned since then is printable here and escaped there.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** `repr(s)` (Objects/unicodeobject.c, unicode_repr): quote choice, then escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) out += hexEscape(ch.codePointAt(0)!);
    else out += ch;
  }
  return out + quote;
}

function hexEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** Shortest digits and decimal exponent of a finite, non-zero number: 1234.5 -> ['12345', 3]. */
function shortestDigits(x: number): [string, number] {
  const [mant, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  return [mant.replace('.', ''), Number(exp)];
}

/**
 * `repr(float)`: `0.1`, `1.0`, `1e+16`, `1.5e-07`, `inf`, `nan`, `-0.0` (Python/pystrtod.c's
 * shortest round-trip digits, exponent notation outside [-4, 16)).
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [digits, exp] = shortestDigits(x);
  if (exp >= -5 && exp < 16) {
    // Python switches to exponent notation when exp < -4 or exp >= 16.
    if (exp < -4) return sign + expForm(digits, exp);
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return sign + expForm(digits, exp);
}

function expForm(digits: string, exp: number): string {
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp);
  return `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
}
