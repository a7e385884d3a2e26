// The JSON a model server's answers are made of, as Python writes and reads it: MLflow's scoring
// server builds its bodies with `json.dump` / `json.dumps` (mlflow/pyfunc/scoring_server/__init__.py
// `predictions_to_json`, mlflow/exceptions.py `serialize_as_json`), so they carry CPython's default
// separators (`", "`, `": "`), float reprs (`3.0`) and `ensure_ascii` escapes; and a body that is
// not JSON is reported with the text of CPython's `json.JSONDecodeError` (json/decoder.py).
import { floatRepr } from '../python/format.ts';

function pyString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const named: Record<string, string> = {
      '"': '\\"',
      '\\': '\\\\',
      '\n': '\\n',
      '\r': '\\r',
      '\t': '\\t',
      '\b': '\\b',
      '\f': '\\f',
    };
    if (named[ch] !== undefined) out += named[ch];
    else if (c < 0x20 || c > 0x7e) {
      // ensure_ascii=True: astral characters become a surrogate pair of escapes.
      const units = c > 0xffff ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
      out += units.map((u) => '\\u' + u.toString(16).padStart(4, '0')).join('');
    } else out += ch;
  }
  return out + '"';
}

/** `json.dumps(value)` with Python's defaults; JS numbers are Python floats (NumpyEncoder output). */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return floatRepr(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${pyString(k)}: ${pyJsonDumps(v)}`).join(', ')}}`;
}

/**
 * The message of the `JSONDecodeError` CPython's `json.loads(text)` raises, e.g.
 * `Expecting value: line 1 column 1 (char 0)`, or null when Python would accept the text.
 * Same scanner order as json/decoder.py and json/scanner.py (NaN and Infinity are accepted).
 */
export function pyJsonDecodeError(text: string): string | null {
  let i = 0;
  const fail = (msg: string, pos = i): never => {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1) + 1;
    throw new Error(`${msg}: line ${line} column ${col} (char ${pos})`);
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
    return (e as Error).message;
  }
}
