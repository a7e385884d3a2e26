// What native work may cost before it starts: CPython 3.11's limit on int/str conversion, and
// the simulator's memory cap on integers (CPython itself would run until the machine ran out of
// memory; here the run ends the way it would then, with a bare MemoryError). A leaf: imported by
// ops, builtins and the stdlib, importing only the exception classes.
import * as C from './classes.ts';
import { pyError } from './errors.ts';

/** sys.int_info.default_max_str_digits in CPython 3.11 (Python/initconfig.c; PEP 651's follow-up, gh-95778). */
export const INT_MAX_STR_DIGITS = 4300;

/** The largest integer the simulator builds, in bits (about 5 million decimal digits, 2 MB). */
export const MAX_INT_BITS = 1 << 24;

const SMALL = 1n << 64n;

/** Bits in |v| (an upper bound within 3 bits: hexadecimal digits are cheap to count). */
export function bitLength(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a < SMALL) return a === 0n ? 0 : a.toString(2).length;
  return a.toString(16).length * 4;
}

/** Refuse an integer result of `bits` bits before computing it. */
export function checkIntBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw pyError(C.MemoryError);
}

/** The bits of a ** b (b >= 0) before computing it. */
export function powerBits(a: bigint, b: bigint): number {
  if (a === 0n || a === 1n || a === -1n) return 1;
  return bitLength(a) * Number(b);
}

// log2(10): decimal digits per bit.
const DIGITS_PER_BIT = Math.log10(2);

/**
 * str(v) in decimal, refused as CPython does past 4,300 digits (Objects/longobject.c,
 * long_to_decimal_string_internal) without building the text of a huge number first.
 */
export function intToDecimal(v: bigint): string {
  const bits = bitLength(v);
  if (bits * DIGITS_PER_BIT > INT_MAX_STR_DIGITS + 2) throw tooManyDigits(null);
  const text = (v < 0n ? -v : v).toString();
  if (text.length > INT_MAX_STR_DIGITS) throw tooManyDigits(null);
  return v < 0n ? `-${text}` : text;
}

/** int(text) in a base that is not a power of two, refused past 4,300 digits (PyLong_FromString). */
export function checkDigitsToParse(digits: number, base: number): void {
  if ((base & (base - 1)) === 0) return;
  if (digits > INT_MAX_STR_DIGITS) throw tooManyDigits(digits);
}

function tooManyDigits(digits: number | null): ReturnType<typeof pyError> {
  const has = digits === null ? '' : `: value has ${digits} digits`;
  return pyError(
    C.ValueError,
    `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion${has}; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** The longest text the simulator builds (as its repetition limit: src/engine/python/ops.ts). */
export const MAX_TEXT_CHARS = 10_000_000;

/** A text built from parts (the repr of a container), refused once past the cap. */
export function checkText(text: string): string {
  if (text.length > MAX_TEXT_CHARS) throw pyError(C.MemoryError);
  return text;
}

/**
 * Which limit of the JavaScript engine a RangeError hit: its stack (deep nesting: Python's
 * RecursionError) or its largest string, array or BigInt (the memory Python would run out of).
 * V8 names the first only in its message; nothing of the learner's text reaches it.
 */
export function jsLimit(e: RangeError): 'stack' | 'memory' {
  try {
    return /call stack/i.test(e.message) ? 'stack' : 'memory';
  } catch {
    // Caught while the stack is still nearly full, even the test can overflow it: that says
    // which limit it was.
    return 'stack';
  }
}
