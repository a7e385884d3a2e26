// Paging search results as MLflow's SQL store does (sqlalchemy_store.py::search_registered_models
// and search_model_versions; mlflow/utils/search_utils.py): the page token is base64 of
// `{"offset": N}`, the query asks for `LIMIT max_results + 1` rows from that offset, and a next
// token is made whenever the query came back full, even when `max_results` is 0 or -1.
import { invalidParameter } from './search-filter.ts';
import type { MlflowError } from './types.ts';

export interface Page<T> {
  readonly items: readonly T[];
  /** The next page's token (MLflow returns bytes; the simulator has no bytes type, so a str). */
  readonly token: string | null;
}

/** One page of `all` (already filtered and ordered) for `max_results` and a page token. */
export function pageOf<T>(all: readonly T[], maxResults: number, pageToken: unknown): Page<T> | MlflowError {
  const offset = startOffset(pageToken);
  if (typeof offset !== 'number') return offset;
  // `query.offset(offset)` only when a token was given; SQLite treats a negative OFFSET as 0 and
  // a negative LIMIT as no limit.
  const from = truthy(pageToken) ? Math.max(0, offset) : 0;
  const limit = maxResults + 1;
  const rows = limit < 0 ? all.slice(from) : all.slice(from, from + limit);
  const token = limit === rows.length ? btoa(`{"offset": ${offset + maxResults}}`) : null;
  // `[...][:max_results]`: Python's slice, so a negative count drops rows from the end.
  const items = maxResults < 0 ? rows.slice(0, Math.max(0, rows.length + maxResults)) : rows.slice(0, maxResults);
  return { items, token };
}

const truthy = (v: unknown): boolean => v !== null && v !== undefined && v !== '' && v !== 0 && v !== false;

/** `SearchUtils.parse_start_offset_from_page_token`, message for message. */
export function startOffset(token: unknown): number | MlflowError {
  if (!truthy(token)) return 0;
  // b64decode raises TypeError for anything but str/bytes, binascii.Error for bad data: both
  // become the same message.
  const decoded = typeof token === 'string' ? b64decode(token) : null;
  if (decoded === null) return invalidParameter('Invalid page token, could not base64-decode');
  const parsed = parseJson(decoded);
  if (parsed === undefined) return invalidParameter(`Invalid page token, decoded value=${bytesRepr(decoded)}`);
  // `parsed_token.get("offset")`: only a dict has .get (anything else is an AttributeError in
  // MLflow; the simulator reports it as an unparsable token).
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalidParameter(`Invalid page token, decoded value=${bytesRepr(decoded)}`);
  }
  const offset = (parsed as Record<string, unknown>).offset;
  if (!truthy(offset)) return invalidParameter(`Invalid page token, parsed value=${pyRepr(parsed)}`);
  // int(offset_str): a numeric string or a number; anything else is "not stringable".
  if (typeof offset === 'number') return Math.trunc(offset);
  if (offset === true) return 1;
  if (typeof offset === 'string' && /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(offset)) return Number(offset.replace(/_/g, ''));
  return invalidParameter(`Invalid page token, not stringable ${pyStr(offset)}`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * `base64.b64decode(s)` without `validate`: characters outside the alphabet are skipped, and
 * decoding stops at complete padding; a final partial group is "Incorrect padding" (null here).
 */
export function b64decode(s: string): Uint8Array | null {
  if (/[^\x00-\x7f]/.test(s)) return null;
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let acc = 0;
  for (const ch of s) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) {
        if (quad === 2) out.push((acc >> 4) & 0xff);
        else out.push((acc >> 10) & 0xff, (acc >> 2) & 0xff);
        return new Uint8Array(out);
      }
      continue;
    }
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    pads = 0;
    acc = (acc << 6) | v;
    quad++;
    if (quad === 4) {
      out.push((acc >> 16) & 0xff, (acc >> 8) & 0xff, acc & 0xff);
      quad = 0;
      acc = 0;
    }
  }
  return quad === 0 ? new Uint8Array(out) : null;
}

/** `json.loads(bytes)`: UTF-8 then JSON; undefined when either fails (both ValueErrors). */
function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Python's repr of bytes: `b'...'` with \x escapes outside printable ASCII. */
export function bytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let body = '';
  for (const b of bytes) {
    if (b === 0x5c) body += '\\\\';
    else if (b === 0x09) body += '\\t';
    else if (b === 0x0a) body += '\\n';
    else if (b === 0x0d) body += '\\r';
    else if (b === 0x27 && quote === "'") body += "\\'";
    else if (b >= 0x20 && b < 0x7f) body += String.fromCharCode(b);
    else body += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b${quote}${body}${quote}`;
}

function pyStr(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  return pyRepr(v);
}

/** Python's repr of a value json.loads made (dict, list, str, int/float, bool, None). */
function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
    .join(', ')}}`;
}
