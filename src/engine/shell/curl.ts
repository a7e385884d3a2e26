// A small `curl`: -s/-S/-i/-X/-H/-d (and --data, --data-raw, --json) against the simulated model
// servers. A server answers like MLflow's scoring server (mlflow/pyfunc/scoring_server): /ping and
// /health (200, empty), /version (the MLflow version) and POST /invocations with JSON input
// returning {"predictions": [...]}, deterministic for the served version. Errors use curl's own
// wording and exit codes (7: could not connect, 6: could not resolve host, 2: bad usage).
import { MLFLOW_VERSION } from './commands/root.ts';
import type { ProgramContext, ServedModel, ServerJob } from './program.ts';
import { hexDigest } from './serve/hash.ts';
import { servedPrediction } from '../predict.ts';
import { strRepr } from '../python-text/repr.ts';
import { jsonDecodeError, jsonDumps } from '../python-text/json.ts';

interface Request {
  method: string;
  url: string;
  headers: Map<string, string>;
  data: string | null;
  silent: boolean;
  showErrors: boolean;
  include: boolean;
}

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

function parseArgs(ctx: ProgramContext, args: readonly string[]): Request | number {
  const req: Request = {
    method: '',
    url: '',
    headers: new Map(),
    data: null,
    silent: false,
    showErrors: false,
    include: false,
  };
  const rest = [...args];
  const needValue = (opt: string): string | null => {
    const v = rest.shift();
    if (v === undefined) {
      ctx.err(`curl: option ${opt}: requires parameter\n${TRY}`);
      return null;
    }
    return v;
  };
  while (rest.length > 0) {
    const a = rest.shift() as string;
    if (a === '-X' || a === '--request') {
      const v = needValue(a);
      if (v === null) return 2;
      req.method = v;
    } else if (a === '-H' || a === '--header') {
      const v = needValue(a);
      if (v === null) return 2;
      const colon = v.indexOf(':');
      if (colon > 0) req.headers.set(v.slice(0, colon).trim().toLowerCase(), v.slice(colon + 1).trim());
    } else if (a === '-d' || a === '--data' || a === '--data-raw' || a === '--data-binary' || a === '--json') {
      const v = needValue(a);
      if (v === null) return 2;
      req.data = req.data === null ? v : `${req.data}&${v}`;
      if (a === '--json') {
        req.headers.set('content-type', 'application/json');
        req.headers.set('accept', 'application/json');
      }
    } else if (/^-[sSiv]+$/.test(a)) {
      if (a.includes('s')) req.silent = true;
      if (a.includes('S')) req.showErrors = true;
      if (a.includes('i')) req.include = true;
    } else if (a === '--silent') req.silent = true;
    else if (a === '--show-error') req.showErrors = true;
    else if (a === '--include') req.include = true;
    else if (a.startsWith('-') && a.length > 1) {
      ctx.err(`curl: option ${a}: is unknown\n${TRY}`);
      return 2;
    } else req.url = a;
  }
  if (!req.url) {
    ctx.err(`curl: no URL specified!\n${TRY}`);
    return 2;
  }
  if (!req.method) req.method = req.data === null ? 'GET' : 'POST';
  return req;
}

interface Response {
  status: number;
  reason: string;
  body: string;
  type: string;
}

/** FastAPI/Starlette's own answers (405, 404): compact JSON, as JSONResponse renders it. */
const starlette = (status: number, reason: string, detail: string): Response => ({
  status,
  reason,
  body: JSON.stringify({ detail }),
  type: 'application/json',
});

/** An MlflowException caught by the scoring server: `e.serialize_as_json()` (json.dumps). */
const mlflowError = (message: string): Response => ({
  status: 400,
  reason: 'Bad Request',
  body: jsonDumps({ error_code: 'BAD_REQUEST', message }),
  type: 'application/json',
});

/** One input row's prediction from the model the server loaded at start (src/engine/predict.ts). */
function predictServed(served: ServedModel, row: unknown): number | string | bigint {
  const artifact = served.artifact ?? (served.kind === 'version' ? `${served.name}/${served.version}` : served.modelId);
  const numbers = (Array.isArray(row) ? row : row && typeof row === 'object' ? Object.values(row) : [row]).map((x) =>
    typeof x === 'number' ? x : Number.parseFloat(String(x)) || 0,
  );
  return servedPrediction(served.estimator, artifact, numbers);
}

// mlflow/pyfunc/scoring_server/__init__.py: REQUIRED_INPUT_FORMAT and SCORING_PROTOCOL_CHANGE_INFO.
// SUPPORTED_FORMATS is a Python set: its printed order varies with the process's hash seed.
const REQUIRED_INPUT_FORMAT =
  "The input must be a JSON dictionary with exactly one of the input fields {'dataframe_split', 'instances', 'inputs', 'dataframe_records'}";
const SCORING_PROTOCOL_CHANGE_INFO =
  "IMPORTANT: The MLflow Model scoring protocol has changed in MLflow version 2.0. If you are seeing this error, you are likely using an outdated scoring request format. To resolve the error, either update your request format or adjust your MLflow Model's requirements file to specify an older version of MLflow (for example, change the 'mlflow' requirement specifier to 'mlflow==1.30.0'). If you are making a request using the MLflow client (e.g. via `mlflow.pyfunc.spark_udf()`), upgrade your MLflow client to a version >= 2.0 in order to use the new request format. For more information about the updated MLflow Model scoring protocol in MLflow 2.0, see https://mlflow.org/docs/latest/models.html#deploy-mlflow-models.";
const FORMATS = ['dataframe_split', 'instances', 'inputs', 'dataframe_records'];

/** Python's name for a parsed JSON value's type, as `type(x)` prints it. */
function pyTypeOf(raw: string): string {
  const t = raw.trim();
  if (t.startsWith('"')) return 'str';
  if (t === 'null') return 'NoneType';
  if (t === 'true' || t === 'false') return 'bool';
  return /^-?\d+$/.test(t) ? 'int' : 'float';
}

/**
 * The rows of an MLflow scoring request (dataframe_split, dataframe_records, inputs, instances),
 * or the MlflowException message the server answers with. Order of checks as in
 * `_parse_json_data` -> `_decode_json_input` (not JSON, a list, not a dict) and then
 * `infer_and_parse_data`, which sees only the keys that are input formats
 * (`_split_data_and_params` drops the others, hence `input fields: []` for `{"foo": 1}`).
 */
function rowsOf(body: string): unknown[] | string {
  const decodeError = jsonDecodeError(body);
  if (decodeError !== null) {
    return `Invalid input. Ensure that input is a valid JSON formatted string. Error: '${`JSONDecodeError(${strRepr(decodeError)})`}'\nInput: \n${body}\n`;
  }
  let payload: unknown = null;
  try {
    payload = JSON.parse(body);
  } catch {
    // Python also reads NaN and Infinity; as inputs they predict like a missing value.
    try {
      payload = JSON.parse(body.replace(/-?\b(?:NaN|Infinity)\b/g, 'null'));
    } catch {
      payload = null;
    }
  }
  if (Array.isArray(payload)) return `Invalid input. ${REQUIRED_INPUT_FORMAT}. Received a list.`;
  if (!payload || typeof payload !== 'object') {
    return `Invalid input. ${REQUIRED_INPUT_FORMAT}. Received unexpected input type '<class '${pyTypeOf(body)}'>.`;
  }
  const present = Object.keys(payload).filter((k) => FORMATS.includes(k));
  if (present.length !== 1) {
    const fields = present.map((k) => strRepr(k)).join(', ');
    return `${REQUIRED_INPUT_FORMAT}. Received dictionary with input fields: [${fields}]. ${SCORING_PROTOCOL_CHANGE_INFO}`;
  }
  const value = (payload as Record<string, unknown>)[present[0] as string];
  if (present[0] === 'dataframe_split') {
    const data = value && typeof value === 'object' ? (value as { data?: unknown }).data : undefined;
    return Array.isArray(data) ? data : 'Failed to parse data as a pandas DataFrame (dataframe_split needs "data").';
  }
  return Array.isArray(value) ? value : [value];
}

/** `parse_csv_input`: pandas.read_csv, whose first line is the header; one row per later line. */
function csvRows(body: string): string[][] {
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((l) => l.split(','));
}

function answer(server: ServerJob, req: Request, path: string): Response {
  const route = path.split('?')[0] as string;
  if (route === '/ping' || route === '/health') {
    return req.method === 'GET'
      ? { status: 200, reason: 'OK', body: '\n', type: 'application/json' }
      : starlette(405, 'Method Not Allowed', 'Method Not Allowed');
  }
  if (route === '/version') return { status: 200, reason: 'OK', body: MLFLOW_VERSION, type: 'application/json' };
  if (route === '/invocations') {
    if (req.method !== 'POST') return starlette(405, 'Method Not Allowed', 'Method Not Allowed');
    // `invocations()`: the content type's parameters first (only charset=utf-8 is allowed), then
    // its media type; curl -d without -H sends a form type.
    const contentType = req.headers.get('content-type') ?? 'application/x-www-form-urlencoded';
    const [type = '', ...pairs] = contentType.split(';').map((p) => p.trim());
    const params = new Map(pairs.map((p) => [p.split('=')[0] ?? '', p.slice(p.indexOf('=') + 1)] as const));
    const plain = (body: string): Response => ({
      status: 415,
      reason: 'Unsupported Media Type',
      body,
      type: 'text/plain; charset=utf-8',
    });
    if ((params.get('charset') ?? 'utf-8').toLowerCase() !== 'utf-8')
      return plain('The scoring server only supports UTF-8');
    const unexpected = [...params.keys()].filter((k) => k !== 'charset');
    if (unexpected.length > 0)
      return plain(`Unrecognized content type parameters: ${unexpected.join(', ')}. ${SCORING_PROTOCOL_CHANGE_INFO}`);
    if (type === 'text/csv') {
      const rows = csvRows(req.data ?? '');
      if (rows.length === 0) {
        return mlflowError(
          'Encountered an unexpected error while evaluating the model. Verify that the serialized input Dataframe is compatible with the model for inference.',
        );
      }
      return {
        status: 200,
        reason: 'OK',
        body: jsonDumps({ predictions: rows.map((r) => predictServed(server.served, r)) }),
        type: 'application/json',
      };
    }
    if (type !== 'application/json') {
      // A plain-text 415, not an MlflowException (InvocationsResponse with mimetype text/plain).
      return plain(
        `This predictor only supports the following content types: Types: ['text/csv', 'application/json']. Got '${contentType}'.`,
      );
    }
    const rows = rowsOf(req.data ?? '');
    if (typeof rows === 'string') return mlflowError(rows);
    // predictions_to_json: json.dump({"predictions": [...]}) with NumpyEncoder floats.
    const body = jsonDumps({ predictions: rows.map((r) => predictServed(server.served, r)) });
    return { status: 200, reason: 'OK', body, type: 'application/json' };
  }
  return starlette(404, 'Not Found', 'Not Found');
}

export function curl(ctx: ProgramContext, args: readonly string[]): number {
  const req = parseArgs(ctx, args);
  if (typeof req === 'number') return req;
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?(\/[^#]*)?$/i.exec(req.url);
  if (!m) {
    ctx.err(`curl: (3) URL rejected: Malformed input to a URL function\n`);
    return 3;
  }
  const [, scheme = 'http', host = '', portText, path = '/'] = m;
  const port = portText ? Number(portText) : scheme.toLowerCase() === 'https' ? 443 : 80;
  if (port > 65535) {
    // curl's URL parser (CURLUE_BAD_PORT_NUMBER) refuses the URL before connecting.
    ctx.err('curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n');
    return 3;
  }
  const local = ['127.0.0.1', 'localhost', '0.0.0.0'].includes(host.toLowerCase());
  const quietError = (text: string): void => {
    if (!req.silent || req.showErrors) ctx.err(text);
  };
  if (!local) {
    quietError(`curl: (6) Could not resolve host: ${host}\n`);
    return 6;
  }
  const server = ctx.shell.servers.find(
    (s) => s.port === port && (s.host === '0.0.0.0' || host.toLowerCase() !== '0.0.0.0'),
  );
  if (!server || scheme.toLowerCase() === 'https') {
    quietError(`curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`);
    return 7;
  }
  const res = answer(server, req, path);
  // The server's access log lands in the same terminal (it is a job of this shell).
  const clientPort =
    50000 + (parseInt(hexDigest(`${server.pid} ${req.method} ${path} ${req.data ?? ''}`, 4), 16) % 15000);
  ctx.err(`INFO:     127.0.0.1:${clientPort} - "${req.method} ${path} HTTP/1.1" ${res.status} ${res.reason}\n`);
  if (req.include) {
    ctx.out(
      `HTTP/1.1 ${res.status} ${res.reason}\r\ncontent-length: ${res.body.length}\r\ncontent-type: ${res.type}\r\n\r\n`.replace(
        /\r/g,
        '',
      ),
    );
  }
  ctx.out(res.body);
  return 0;
}
