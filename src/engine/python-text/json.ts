// Python's json.dumps output format (Lib/json/encoder.py: default separators `", "` and `": "`,
// float reprs such as `3.0`, `NaN`/`Infinity`, `ensure_ascii` escapes) and json.loads's error
// texts (Lib/json/decoder.py). The one home of these rules: the `json` module of the Python
// subset, MLflow's error bodies (mlflow/exceptions.py serialize_as_json) and the model server's
// answers (mlflow/pyfunc/scoring_server/__init__.py predictions_to_json) all use them.
import { floatRepr } from './repr.ts';

/**
 * A JSON string literal as json.dumps writes it. ensure_ascii (the default) escapes everything
 * outside printable ASCII, astral characters as a surrogate pair of escapes; without it only
 * quotes, backslashes and control characters are escaped.
 */
export function jsonString(s: string, ensureAscii = true): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) {
      if (c > 0xffff) {
        const v = c - 0x10000;
        out += unicodeEscape(0xd800 + (v >> 10)) + unicodeEscape(0xdc00 + (v & 0x3ff));
      } else out += unicodeEscape(c);
    } else out += ch;
  }
  return out + '"';
}

function unicodeEscape(unit: number): string {
  return '\\u' + unit.toString(16).padStart(4, '0');
}

/** A float as json.dumps writes it (allow_nan=True, the default). */
export function jsonFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return floatRepr(x);
}

/**
 * `json.dumps(value)` with Python's defaults for plain data: JS numbers are Python floats
 * (NumpyEncoder output), bigints are ints, objects are dicts in insertion order.
 */
export function jsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return jsonFloat(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return jsonString(value);
  if (Array.isArray(value)) return `[${value.map(jsonDumps).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${jsonString(k)}: ${jsonDumps(v)}`).join(', ')}}`;
}

/** How the scanner below stops at the first error: the finished message, caught at its top. */
class DecodeFailure {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/**
 * The message of the `JSONDecodeError` CPython's `json.loads(text)` raises, e.g.
 * `Expecting value: line 1 column 1 (char 0)`, or null when Python would accept the text.
 * Same scanner order as json/decoder.py and json/scanner.py (NaN and Infinity are accepted).
 */
export function jsonDecodeError(text: string): string | null {
  let i = 0;
  const fail = (msg: string, pos = i): never => {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1) + 1;
    throw new DecodeFailure(`${msg}: line ${line} column ${col} (char ${pos})`);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): void => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail('Unterminated string starting at', start);
      const ch = text[i] as string;
      if (ch === '"') return void i++;
      if (ch === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('Invalid \\uXXXX escape', i + 1);
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('Invalid \\escape', i);
        i += 2;
        continue;
      }
      if (ch < ' ') fail('Invalid control character at', i);
      i++;
    }
  };
  const value = (): void => {
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        if (text[i] !== '"') fail('Expecting property name enclosed in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("Expecting ':' delimiter");
        i++;
        ws();
        value();
        ws();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail("Expecting ',' delimiter");
        i++;
        ws();
        if (text[i] !== '"') fail('Expecting property name enclosed in double quotes', i);
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail("Expecting ',' delimiter");
        i++;
        ws();
      }
    }
    const rest = text.slice(i);
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(rest);
    if (num) return void (i += num[0].length);
    const literal = ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity'].find((l) => rest.startsWith(l));
    if (literal) return void (i += literal.length);
    fail('Expecting value');
  };
  try {
    ws();
    value();
    ws();
    if (i !== text.length) fail('Extra data');
    return null;
  } catch (e) {
    if (e instanceof DecodeFailure) return e.text;
    throw e;
  }
}
