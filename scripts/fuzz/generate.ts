// The differential fuzzer's program generator: a seeded random walk over the registry API
// (MlflowClient and the fluent helpers), mostly well-formed calls on the program's own models with
// a steady share of bad arguments of every kind. Program `index` under `seed` is always the same
// text, so a difference found in a run of 2,000 can be regenerated and studied alone.
//
// Every program uses model names starting with its own prefix, and every search that can succeed
// is narrowed to that prefix, so thousands of programs can share one backend (batch.py
// --shared-db) and still print the same thing as on a fresh one.
import { readFileSync } from 'node:fs';

export const PRELUDE = readFileSync(new URL('./prelude.py', import.meta.url), 'utf8');

/** mulberry32: small, fast and well mixed; seeded per program. */
export function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Python literal for a JS value (strings with repr-style escapes). */
export function py(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return pyStr(v);
  if (Array.isArray(v)) return `[${v.map(py).join(', ')}]`;
  if (v instanceof Raw) return v.code;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${pyStr(k)}: ${py(x)}`)
      .join(', ')}}`;
  }
  throw new Error(`no Python literal for ${typeof v}`);
}

function pyStr(s: string): string {
  let out = "'";
  for (const ch of s) {
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else out += ch;
  }
  return `${out}'`;
}

/** Python source to be pasted as is (an expression such as `'x' * 5000` or a variable). */
export class Raw {
  readonly code: string;
  constructor(code: string) {
    this.code = code;
  }
}
const raw = (code: string) => new Raw(code);

class Gen {
  private readonly r: () => number;
  private readonly lines: string[] = [];
  private n = 0;
  /** Models this program has (probably) created, and how many versions it asked for on each. */
  private readonly models = new Map<string, number>();
  private runs = 0;
  private fresh = 0;

  readonly prefix: string;
  /** Also generate copy_model_version calls (off for the runs recorded before it existed). */
  readonly withCopy: boolean;

  constructor(seed: number, prefix: string, withCopy = false) {
    this.r = rng(seed);
    this.prefix = prefix;
    this.withCopy = withCopy;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  emit(call: string, unordered = false): void {
    this.n++;
    this.lines.push(`show(${py(`s${this.n}`)}, lambda: ${call}${unordered ? ', unordered=True' : ''})`);
  }
  assign(variable: string, call: string): void {
    this.n++;
    this.lines.push(`${variable} = show(${py(`s${this.n}`)}, lambda: ${call})`);
  }
  line(code: string): void {
    this.lines.push(code);
  }
  text(): string {
    return `${PRELUDE}\nP = ${py(this.prefix)}\n${this.lines.join('\n')}\n`;
  }

  // ---- argument pools -------------------------------------------------------------------------

  newName(): string {
    return `${this.prefix}${this.pick(['a', 'b', 'c', 'Model-X', 'm.v2', 'm_1'])}${this.fresh++ > 2 ? this.fresh : ''}`;
  }
  knownName(): string | null {
    const names = [...this.models.keys()];
    return names.length ? this.pick(names) : null;
  }
  /** A model name: usually one of ours, sometimes missing, sometimes not a name at all. */
  name(): unknown {
    const known = this.knownName();
    if (known && this.chance(0.75)) return known;
    if (this.chance(0.5)) return `${this.prefix}missing`;
    return this.badName();
  }
  /** Not a usable name. Lookups may also use names other programs could create (42, '   '). */
  badName(): unknown {
    return this.chance(0.25) ? this.pick<unknown>([42, 3.5, true, '   ']) : this.badNewName();
  }
  /** A bad name to create or rename to: never one another program sharing the backend could make. */
  badNewName(): unknown {
    return this.pick<unknown>([
      '',
      null,
      [`${this.prefix}a`],
      { n: 1 },
      raw(`P + 'x' * 300`),
      raw(`P + 'y' * 5000`),
      `${this.prefix}with space`,
      `${this.prefix}sl/ash`,
      `${this.prefix}co:lon`,
      `${this.prefix}pct%`,
      `${this.prefix}quo'te`,
      `${this.prefix}é`,
      `${this.prefix}\n`,
      `${this.prefix}back\\slash`,
    ]);
  }
  version(name: unknown): unknown {
    const count = typeof name === 'string' ? (this.models.get(name) ?? 0) : 0;
    if (count > 0 && this.chance(0.7)) {
      const v = this.int(1, count);
      return this.chance(0.8) ? v : String(v);
    }
    return this.pick<unknown>([
      0,
      -1,
      count + 1,
      7,
      'abc',
      null,
      1.5,
      '1.0',
      '01',
      ' 1',
      true,
      raw('10**20'),
      'latest',
      '',
      [1],
    ]);
  }
  stage(): unknown {
    if (this.chance(0.7)) return this.pick(['Staging', 'Production', 'Archived', 'None']);
    return this.pick<unknown>([
      'staging',
      'PRODUCTION',
      ' Staging ',
      'archived',
      'none',
      'Deleted_Internal',
      'Prod',
      '',
      null,
      3,
      ['Staging'],
    ]);
  }
  alias(): unknown {
    if (this.chance(0.7)) return this.pick(['champion', 'challenger', 'prod', 'Champion', 'a-b_c', 'blue2']);
    return this.pick<unknown>([
      'latest',
      'LATEST',
      'v1',
      'V12',
      'v1a',
      'version3',
      '',
      null,
      'has space',
      'dot.ted',
      'slash/y',
      raw(`'a' * 256`),
      raw(`'a' * 255`),
      5,
      'é',
      'x\n',
    ]);
  }
  tagKey(): unknown {
    if (this.chance(0.75)) return this.pick(['team', 'k', 'stage.note', 'owner-id', 'x_1']);
    return this.pick<unknown>([
      '',
      null,
      'with space',
      '../up',
      'sl/ash',
      raw(`'k' * 250`),
      raw(`'k' * 251`),
      1,
      'mlflow.user',
      ' lead',
    ]);
  }
  tagValue(): unknown {
    if (this.chance(0.75)) return this.pick(['ml', 'v', 'Red Team', 'a%b', "o'q", '1']);
    return this.pick<unknown>([
      '',
      null,
      123,
      4.5,
      true,
      raw(`'v' * 5000`),
      raw(`'v' * 5001`),
      raw(`'v' * 100000`),
      raw(`'v' * 100001`),
      ['l'],
    ]);
  }
  tags(): unknown {
    if (this.chance(0.5)) return null;
    if (this.chance(0.8)) {
      const t: Record<string, unknown> = {};
      const n = this.int(0, 2);
      for (let i = 0; i < n; i++) t[this.pick(['team', 'k', 'owner', 'x.y'])] = this.pick(['ml', 'v', 'ops', '']);
      return t;
    }
    return this.pick<unknown>([raw(`{'k': 1}`), raw(`{'': 'v'}`), raw(`{'k': None}`), [['k', 'v']], 'k=v']);
  }
  description(): unknown {
    if (this.chance(0.7)) return this.pick(['first', 'A longer description.', "it's", '', null]);
    return this.pick<unknown>([5, raw(`'d' * 5000`), raw(`'d' * 70000`), ['d'], 'multi\nline']);
  }
  versionSource(): unknown {
    if (this.runs > 0 && this.chance(0.3)) return raw(`'runs:/' + r${this.int(1, this.runs)}.info.run_id + '/model'`);
    if (this.chance(0.8)) {
      return this.pick([
        's3://bucket/models/m1',
        'file:///tmp/fz/artifacts/m',
        'gs://b/p',
        'dbfs:/models/x',
        'models:/m-0123456789abcdef',
        'mlflow-artifacts:/0/abc/artifacts/model',
      ]);
    }
    return this.pick<unknown>(['', null, 5, 'relative/path', '/abs/local/path', 'file:///tmp/../etc', 'runs:/bad']);
  }
  runId(): unknown {
    if (this.runs > 0 && this.chance(0.6)) return raw(`r${this.int(1, this.runs)}.info.run_id`);
    return this.pick<unknown>([null, null, 'deadbeef', '', 12]);
  }

  // ---- statements ---------------------------------------------------------------------------

  createRun(): void {
    this.runs++;
    const v = `r${this.runs}`;
    this.line(`${v} = c.create_run('0')`);
    this.line(`_ids[${v}.info.run_id] = '<run${this.runs}>'`);
  }

  createModel(): void {
    const name = this.chance(0.85) ? this.newName() : this.badNewName();
    const args = [py(name)];
    const tags = this.tags();
    if (tags !== null || this.chance(0.2)) args.push(`tags=${py(tags)}`);
    if (this.chance(0.4)) args.push(`description=${py(this.description())}`);
    this.emit(`c.create_registered_model(${args.join(', ')})`);
    if (typeof name === 'string' && !this.models.has(name)) this.models.set(name, 0);
  }

  createVersion(): void {
    const name = this.chance(0.85) ? (this.knownName() ?? this.name()) : this.name();
    const args = [py(name), py(this.versionSource())];
    if (this.chance(0.5)) args.push(`run_id=${py(this.runId())}`);
    if (this.chance(0.3)) args.push(`tags=${py(this.tags())}`);
    if (this.chance(0.3)) args.push(`description=${py(this.description())}`);
    if (this.chance(0.1)) args.push(`run_link=${py(this.pick(['http://x/run', '', null]))}`);
    this.emit(`c.create_model_version(${args.join(', ')})`);
    if (typeof name === 'string' && this.models.has(name)) this.models.set(name, (this.models.get(name) ?? 0) + 1);
  }

  registerModel(): void {
    const name = this.chance(0.6) ? (this.knownName() ?? this.newName()) : this.newName();
    const uri = this.pick<unknown>([
      this.runs > 0 ? raw(`'runs:/' + r${this.int(1, this.runs)}.info.run_id + '/model'`) : 's3://b/reg',
      's3://b/reg',
      'models:/missing-model/1',
      typeof name === 'string' && this.models.get(name) ? `models:/${name}/1` : 'file:///tmp/fz/x',
      '',
      null,
    ]);
    const args = [py(uri), py(name)];
    if (this.chance(0.3)) args.push(`tags=${py(this.tags())}`);
    this.emit(`mlflow.register_model(${args.join(', ')})`);
    if (typeof name === 'string') this.models.set(name, (this.models.get(name) ?? 0) + 1);
  }

  /** `copy_model_version(src_model_uri, dst_name)`: to a new or known model, sometimes badly. */
  copyVersion(): void {
    const name = this.knownName();
    const count = name ? (this.models.get(name) ?? 0) : 0;
    const src = this.pick<unknown>([
      name && count ? `models:/${name}/${this.int(1, count)}` : `models:/${this.prefix}missing/1`,
      name ? `models:/${name}@champion` : `models:/${this.prefix}a@champion`,
      name ? `models:/${name}/Production` : `models:/${this.prefix}a/Production`,
      name ? `models:/${name}/latest` : `models:/${this.prefix}a/latest`,
      `models:/${this.prefix}missing/1`,
      'models:/m-0123456789abcdef',
      's3://bucket/x',
      '',
      null,
    ]);
    const dst = this.chance(0.6) ? this.newName() : this.chance(0.6) ? this.knownName() : this.badNewName();
    this.emit(`c.copy_model_version(${py(src)}, ${py(dst)})`);
    if (typeof dst === 'string') this.models.set(dst, (this.models.get(dst) ?? 0) + 1);
  }

  step(): void {
    if (this.withCopy && this.chance(0.06)) return this.copyVersion();
    const k = this.pick([
      'createModel',
      'createVersion',
      'createVersion',
      'getModel',
      'rename',
      'updateModel',
      'deleteModel',
      'getVersion',
      'updateVersion',
      'deleteVersion',
      'transition',
      'transition',
      'latest',
      'setAlias',
      'setAlias',
      'getAlias',
      'deleteAlias',
      'modelTag',
      'versionTag',
      'searchModels',
      'searchModels',
      'searchVersions',
      'searchVersions',
      'paginate',
      'downloadUri',
      'stages',
      'fluentSearch',
      'registerModel',
    ] as const);
    switch (k) {
      case 'createModel':
        return this.createModel();
      case 'createVersion':
        return this.createVersion();
      case 'registerModel':
        return this.registerModel();
      case 'getModel':
        return this.emit(`c.get_registered_model(${py(this.name())})`);
      case 'rename': {
        const from = this.name();
        const to = this.chance(0.7) ? this.newName() : this.chance(0.5) ? this.knownName() : this.badNewName();
        this.emit(`c.rename_registered_model(${py(from)}, ${py(to)})`);
        if (typeof from === 'string' && typeof to === 'string' && this.models.has(from) && !this.models.has(to)) {
          this.models.set(to, this.models.get(from) ?? 0);
          this.models.delete(from);
        }
        return;
      }
      case 'updateModel':
        return this.emit(`c.update_registered_model(${py(this.name())}, description=${py(this.description())})`);
      case 'deleteModel': {
        if (this.chance(0.5)) return this.createModel();
        const name = this.name();
        this.emit(`c.delete_registered_model(${py(name)})`);
        if (typeof name === 'string') this.models.delete(name);
        return;
      }
      case 'getVersion': {
        const name = this.name();
        return this.emit(`c.get_model_version(${py(name)}, ${py(this.version(name))})`);
      }
      case 'updateVersion': {
        const name = this.name();
        return this.emit(
          `c.update_model_version(${py(name)}, ${py(this.version(name))}, description=${py(this.description())})`,
        );
      }
      case 'deleteVersion': {
        const name = this.name();
        return this.emit(`c.delete_model_version(${py(name)}, ${py(this.version(name))})`);
      }
      case 'transition': {
        const name = this.name();
        const args = [py(name), py(this.version(name)), py(this.stage())];
        if (this.chance(0.5)) args.push(`archive_existing_versions=${py(this.pick<unknown>([true, false, 1, null]))}`);
        return this.emit(`c.transition_model_version_stage(${args.join(', ')})`);
      }
      case 'latest': {
        const stages = this.pick<unknown>([
          undefined,
          null,
          ['Production'],
          ['Staging', 'Production'],
          ['production'],
          [],
          ['None'],
          ['Bogus'],
          'Production',
        ]);
        return this.emit(
          `c.get_latest_versions(${py(this.name())}${stages === undefined ? '' : `, stages=${py(stages)}`})`,
        );
      }
      case 'setAlias': {
        const name = this.name();
        return this.emit(`c.set_registered_model_alias(${py(name)}, ${py(this.alias())}, ${py(this.version(name))})`);
      }
      case 'getAlias':
        return this.emit(`c.get_model_version_by_alias(${py(this.name())}, ${py(this.alias())})`);
      case 'deleteAlias':
        return this.emit(`c.delete_registered_model_alias(${py(this.name())}, ${py(this.alias())})`);
      case 'modelTag': {
        const name = this.name();
        if (this.chance(0.65)) {
          return this.emit(`c.set_registered_model_tag(${py(name)}, ${py(this.tagKey())}, ${py(this.tagValue())})`);
        }
        return this.emit(`c.delete_registered_model_tag(${py(name)}, ${py(this.tagKey())})`);
      }
      case 'versionTag': {
        const name = this.name();
        const set = this.chance(0.65);
        const fn = set ? 'set_model_version_tag' : 'delete_model_version_tag';
        const value = set ? `, ${py(this.tagValue())}` : '';
        if (this.chance(0.15)) {
          // By stage instead of version (deprecated): the latest version in that stage.
          const kw = set ? `, value=${py(this.tagValue())}` : '';
          return this.emit(`c.${fn}(${py(name)}, key=${py(this.tagKey())}${kw}, stage=${py(this.stage())})`);
        }
        return this.emit(`c.${fn}(${py(name)}, ${py(this.version(name))}, ${py(this.tagKey())}${value})`);
      }
      case 'searchModels':
        return this.searchModels();
      case 'searchVersions':
        return this.searchVersions();
      case 'paginate':
        return this.paginate();
      case 'downloadUri': {
        const name = this.name();
        return this.emit(`c.get_model_version_download_uri(${py(name)}, ${py(this.version(name))})`);
      }
      case 'stages':
        return this.emit(`c.get_model_version_stages(${py(this.name())}, 1)`);
      case 'fluentSearch': {
        const versions = this.chance(0.5);
        const f = this.narrowedFilter(versions);
        const args = [`filter_string=${py(f)}`];
        if (this.chance(0.3)) args.push(`max_results=${py(this.pick([1, 2, 0, 5]))}`);
        const order = versions ? ['name ASC', 'version_number DESC'] : ['name DESC'];
        const ordered = this.chance(0.7);
        if (ordered) args.push(`order_by=${py(order)}`);
        const fn = versions ? 'search_model_versions' : 'search_registered_models';
        // Without order_by the versions come newest first: ties in the real clock's milliseconds.
        return this.emit(`mlflow.${fn}(${args.join(', ')})`, versions && !ordered);
      }
    }
  }

  /** A filter clause on one side's grammar, sometimes malformed. */
  /** A clause; a well-formed one only when `narrowed` (ANDed with the program's name prefix). */
  clause(versions: boolean, narrowed = true): string {
    const known = this.knownName() ?? `${this.prefix}a`;
    const good = [
      `name = '${known}'`,
      `name != '${known}'`,
      `name LIKE '${this.prefix}%'`,
      `name ILIKE '${this.prefix.toUpperCase()}%'`,
      `name LIKE '%${known.slice(-1)}'`,
      `name LIKE '${this.prefix}_'`,
      `tags.team = 'ml'`,
      `tags.team != 'ml'`,
      `tags.team LIKE 'M%'`,
      `tags.team ILIKE 'M%'`,
      `tags.\`x.y\` = 'v'`,
      `tags."k" = 'v'`,
      `tag.k = 'v'`,
      `attribute.name = '${known}'`,
      `name = "${known}"`,
      `name LIKE 'a%b'`,
      `tags.k = "v"`,
      `creation_timestamp > 0`,
      `last_updated_timestamp < 0`,
      `timestamp > 0`,
    ];
    const versionGood = [
      `version_number = 1`,
      `version_number > 1`,
      `version_number <= 2`,
      `version_number != 2`,
      `run_id = 'deadbeef'`,
      `run_id IN ('deadbeef', 'cafe')`,
      `run_id NOT IN ('deadbeef')`,
      `source_path = 's3://bucket/models/m1'`,
      `source_path LIKE 's3://%'`,
      `version_number = '1'`,
    ];
    const bad = [
      `name = ${known}`,
      `name == '${known}'`,
      `name IS '${known}'`,
      `bogus = 'x'`,
      `metrics.acc > 1`,
      `tags.team > 'a'`,
      `tags.team IN ('ml')`,
      `name IN ('${known}')`,
      `name = 1`,
      `name LIKE`,
      `= 'x'`,
      `name = 'x' OR name = 'y'`,
      `(name = 'x')`,
      `name = 'unterminated`,
      `version_number = 'abc'`,
      `version_number LIKE '1%'`,
      `run_id IN (1, 2)`,
      `run_id IN ()`,
      `name ='${known}' AND`,
      `name = 'a' and name = 'b'`,
      `run_id = 'a' AND version_number >= 1.5`,
    ];
    if (narrowed && this.chance(0.7)) return this.pick(versions ? [...good, ...versionGood] : good);
    return this.pick(bad);
  }

  narrowedFilter(versions: boolean): string {
    const clauses = [`name LIKE '${this.prefix}%'`];
    const n = this.int(0, 2);
    for (let i = 0; i < n; i++) clauses.push(this.clause(versions));
    return clauses.join(this.pick([' AND ', ' and ', '  AND  ']));
  }

  orderBy(versions: boolean): { code: string | undefined; ordered: boolean } {
    const deterministic = versions
      ? [['name ASC'], ['version_number DESC'], ['name DESC', 'version_number ASC'], ['version_number'], ['name']]
      : [['name ASC'], ['name DESC'], ['name']];
    const volatile = versions
      ? [['creation_timestamp DESC'], ['last_updated_timestamp'], []]
      : [['timestamp DESC'], ['last_updated_timestamp ASC'], []];
    const bad = versions
      ? [['bogus'], ['name sideways'], ['name ASC DESC'], ['run_id'], ['timestamp'], [''], ['tags.k']]
      : [['bogus'], ['name up'], ['version_number'], ['creation_timestamp'], ['']];
    const p = this.r();
    if (p < 0.25) return { code: undefined, ordered: !versions };
    if (p < 0.65) return { code: py(this.pick(deterministic)), ordered: true };
    if (p < 0.8) return { code: py(this.pick(volatile)), ordered: false };
    if (p < 0.95) return { code: py(this.pick(bad)), ordered: true };
    return { code: py(this.pick<unknown>(['name', 5, null])), ordered: true };
  }

  searchModels(): void {
    const filter = this.chance(0.9) ? this.narrowedFilter(false) : this.clause(false, false);
    const args = [`filter_string=${py(filter)}`];
    const order = this.orderBy(false);
    if (order.code !== undefined) args.push(`order_by=${order.code}`);
    if (this.chance(0.3)) args.push(`max_results=${py(this.pick<unknown>([1, 3, 0, -1, 1000, 1001, '2', null, 2.5]))}`);
    this.emit(`c.search_registered_models(${args.join(', ')})`, !order.ordered);
  }

  searchVersions(): void {
    const filter = this.chance(0.9) ? this.narrowedFilter(true) : this.clause(true, false);
    const args = [`filter_string=${py(filter)}`];
    const order = this.orderBy(true);
    if (order.code !== undefined) args.push(`order_by=${order.code}`);
    if (this.chance(0.3))
      args.push(`max_results=${py(this.pick<unknown>([1, 2, 0, -1, 200000, 200001, '2', null, 2.5]))}`);
    this.emit(`c.search_model_versions(${args.join(', ')})`, !order.ordered);
  }

  paginate(): void {
    const versions = this.chance(0.5);
    const fn = versions ? 'search_model_versions' : 'search_registered_models';
    const filter = py(`name LIKE '${this.prefix}%'`);
    const order = py(versions ? ['name ASC', 'version_number ASC'] : ['name ASC']);
    const size = this.int(1, 3);
    const p = `p${this.n + 1}`;
    this.assign(p, `c.${fn}(filter_string=${filter}, order_by=${order}, max_results=${size})`);
    if (this.chance(0.8)) {
      this.emit(
        `c.${fn}(filter_string=${filter}, order_by=${order}, max_results=${size}, page_token=${p}.token if ${p} is not None else None)`,
      );
    } else {
      const token = this.pick<unknown>(['garbage', '', 'eyJvZmZzZXQiOiAiYSJ9', 'eyJvZmZzZXQiOiAxfQ==', 'e30=', 5]);
      this.emit(`c.${fn}(filter_string=${filter}, max_results=${size}, page_token=${py(token)})`);
    }
  }
}

export interface Program {
  readonly name: string;
  readonly source: string;
}

/**
 * Program `index` of `seed`: 6-25 statements on its own models. `withCopy` mixes in
 * copy_model_version (npm run fuzz -- --copy); without it a seed's programs stay as they were.
 */
export function generateProgram(seed: number, index: number, withCopy = false): Program {
  const name = `fz${seed}${withCopy ? 'c' : ''}x${index}`;
  const g = new Gen(seed * 100003 + index, `${name}-`, withCopy);
  if (g.chance(0.6)) g.createRun();
  if (g.chance(0.3)) g.createRun();
  g.createModel();
  if (g.chance(0.7)) g.createVersion();
  const steps = g.int(5, 24);
  for (let i = 0; i < steps; i++) g.step();
  return { name, source: g.text() };
}
