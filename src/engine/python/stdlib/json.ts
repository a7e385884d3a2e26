// `json.dumps` / `json.loads` with CPython's output format (json/encoder.py) and its decode
// error texts (json/decoder.py, `Expecting value: line 1 column 1 (char 0)`).
import { intToDecimal } from '../costs.ts';
import type { ModuleBuilder, NativeContext } from '../native.ts';
import { nativeClass, nativeFunction } from '../native.ts';
import type { PyValue } from '../values.ts';
import { PyDict, PyException, PyList, PyRaise, PyTuple } from '../values.ts';
import * as C from '../classes.ts';
import { typeName } from '../classes.ts';
import { newException, pyError } from '../errors.ts';
import { hashKey } from '../dict.ts';
import { jsonFloat as floatJson, jsonString as encodeString } from '../../python-text/json.ts';

export const JSONDecodeError = nativeClass({ name: 'JSONDecodeError', module: 'json.decoder', bases: [C.ValueError] });

interface DumpOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
  default: PyValue;
}

function dump(ctx: NativeContext, v: PyValue, o: DumpOptions, level: number, seen: Set<object>): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'bigint') return intToDecimal(v);
  if (typeof v === 'number') return floatJson(v);
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  const nl = o.indent !== null ? '\n' + o.indent.repeat(level + 1) : '';
  const close = o.indent !== null ? '\n' + o.indent.repeat(level) : '';
  if (v instanceof PyList || v instanceof PyTuple) {
    if (seen.has(v)) throw pyError(C.ValueError, 'Circular reference detected');
    if (v.items.length === 0) return '[]';
    seen.add(v);
    const parts = v.items.map((x) => dump(ctx, x, o, level + 1, seen));
    seen.delete(v);
    return '[' + nl + parts.join(o.itemSep + nl) + close + ']';
  }
  if (v instanceof PyDict) {
    if (seen.has(v)) throw pyError(C.ValueError, 'Circular reference detected');
    if (v.map.size === 0) return '{}';
    seen.add(v);
    let entries = [...v.map.values()].map(([k, val]) => {
      let key: string;
      if (typeof k === 'string') key = k;
      else if (typeof k === 'bigint') key = intToDecimal(k);
      else if (typeof k === 'number') key = floatJson(k);
      else if (k === true) key = 'true';
      else if (k === false) key = 'false';
      else if (k === null) key = 'null';
      else throw pyError(C.TypeError, `keys must be str, int, float, bool or None, not ${typeName(k)}`);
      return [key, val] as const;
    });
    if (o.sortKeys) entries = entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const parts = entries.map(
      ([k, val]) => encodeString(k, o.ensureAscii) + o.keySep + dump(ctx, val, o, level + 1, seen),
    );
    seen.delete(v);
    return '{' + nl + parts.join(o.itemSep + nl) + close + '}';
  }
  if (o.default !== null) return dump(ctx, ctx.call(o.default, [v]), o, level, seen);
  throw pyError(C.TypeError, `Object of type ${typeName(v)} is not JSON serializable`);
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
/** sys.getrecursionlimit() less the frames already in use when json.loads is called. */
const RECURSION_LIMIT = 990;

class Decoder {
  readonly s: string;
  i = 0;
  constructor(s: string) {
    this.s = s;
  }
  fail(msg: string, pos = this.i): never {
    const before = this.s.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1) + 1;
    const text = `${msg}: line ${line} column ${col} (char ${pos})`;
    const e: PyException = newException(JSONDecodeError, [text], {
      msg,
      doc: this.s,
      pos: BigInt(pos),
      lineno: BigInt(line),
      colno: BigInt(col),
    });
    throw new PyRaise(e);
  }
  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }
  /** Open arrays and objects: CPython's decoder recurses, so past the recursion limit it stops. */
  private depth = 0;
  private nested<T>(what: 'array' | 'object', parse: () => T): T {
    if (++this.depth > RECURSION_LIMIT)
      throw pyError(
        C.RecursionError,
        `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
      );
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
  value(): PyValue {
    this.ws();
    const ch = this.s[this.i];
    if (ch === '{') return this.nested('object', () => this.object());
    if (ch === '[') return this.nested('array', () => this.array());
    if (ch === '"') return this.string();
    // Sticky: matched where the decoder stands, without copying the rest of the text each time.
    NUMBER.lastIndex = this.i;
    const num = NUMBER.exec(this.s);
    if (num) {
      this.i += num[0].length;
      return num[2] || num[3] ? Number(num[0]) : BigInt(num[0]);
    }
    for (const [lit, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (this.s.startsWith(lit, this.i)) {
        this.i += lit.length;
        return v;
      }
    }
    return this.fail('Expecting value');
  }
  string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unterminated string starting at', start);
      const ch = this.s[this.i]!;
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '\\') {
        const e = this.s[this.i + 1];
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u') {
          const hex = this.s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', this.i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        if (e === undefined || !(e in map)) this.fail('Invalid \\escape', this.i);
        out += map[e]!;
        this.i += 2;
        continue;
      }
      if (ch < ' ') this.fail('Invalid control character at', this.i);
      out += ch;
      this.i++;
    }
  }
  object(): PyDict {
    const d = new PyDict();
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("Expecting ':' delimiter");
      this.i++;
      const v = this.value();
      const key = hashKey(k)!;
      const old = d.map.get(key);
      if (old) old[1] = v;
      else d.map.set(key, [k, v]);
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return d;
      }
      if (this.s[this.i] !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
    }
  }
  array(): PyList {
    const l = new PyList();
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return l;
    }
    for (;;) {
      l.items.push(this.value());
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return l;
      }
      if (this.s[this.i] !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
}

export const buildJson: ModuleBuilder = (m) => {
  m.dict.set('JSONDecodeError', JSONDecodeError);
  m.dict.set(
    'dumps',
    nativeFunction(
      'dumps',
      'obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw',
      (a, ctx) => {
        const indent =
          a.indent === null ? null : typeof a.indent === 'string' ? a.indent : ' '.repeat(Number(a.indent as bigint));
        let itemSep = indent !== null ? ',' : ', ';
        let keySep = ': ';
        if (a.separators instanceof PyTuple || a.separators instanceof PyList) {
          itemSep = String(a.separators.items[0]);
          keySep = String(a.separators.items[1]);
        }
        return dump(
          ctx,
          a.obj!,
          {
            indent,
            itemSep,
            keySep,
            sortKeys: a.sort_keys === true,
            ensureAscii: a.ensure_ascii !== false,
            default: a.default!,
          },
          0,
          new Set(),
        );
      },
    ),
  );
  m.dict.set(
    'loads',
    nativeFunction(
      'loads',
      's, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw',
      (a) => {
        if (typeof a.s !== 'string')
          throw pyError(C.TypeError, `the JSON object must be str, bytes or bytearray, not ${typeName(a.s!)}`);
        const d = new Decoder(a.s);
        const v = d.value();
        d.ws();
        if (d.i < a.s.length) d.fail('Extra data');
        return v;
      },
    ),
  );
};
