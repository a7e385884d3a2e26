import { explain, RULES } from './explain.ts';
// Comparing one program's two transcripts statement by statement, and naming each difference's
// kind (the API call and the two outcomes' shapes) so a run of thousands groups into a short list.

/**
 * Python prints a set of str in hash order, which changes with every process (PYTHONHASHSEED),
 * so MLflow's "Valid keys are '{'name', 'run_id'}'" lists are compared with their items sorted.
 */
export function stableSets(line: string): string {
  return line.replace(/\{'[^'{}]*'(?:, '[^'{}]*')+\}/g, (set) => {
    const items = set.slice(1, -1).split(', ');
    return `{${items.sort().join(', ')}}`;
  });
}

/** The lines each statement label (`s3`) printed: its outcome, then its warnings. */
export function byStatement(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const raw of stdout.split('\n')) {
    if (raw === '') continue;
    const line = stableSets(raw);
    const label = /^(s\d+) /.exec(line)?.[1] ?? '(other)';
    const list = out.get(label) ?? [];
    list.push(line);
    out.set(label, list);
  }
  return out;
}

/** The statement each label stands for, from the program text (`show('s3', lambda: CALL)`). */
export function statements(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/show\('(s\d+)', lambda: (.*)\)$/gm)) out.set(m[1] as string, m[2] as string);
  return out;
}

/** What kind of answer a line is: `-> ModelVersion`, `!! MlflowException INVALID_PARAMETER_VALUE`, `warns FutureWarning`. */
export function shape(line: string | undefined): string {
  if (line === undefined) return 'nothing';
  const m = /^s\d+ (->|!!|warns) (\S+)(?: (\S+))?/.exec(line);
  if (!m) return 'other';
  if (m[1] === '!!') return `!! ${m[2]} ${m[3]}`;
  if (m[1] === 'warns') return `warns ${m[2]}`;
  const v = m[2] as string;
  const type = v.startsWith("'") ? 'str' : (/^[A-Za-z]+/.exec(v)?.[0] ?? v.slice(0, 1));
  return `-> ${type === 'unordered' ? 'list' : type}`;
}

export interface Difference {
  readonly program: string;
  readonly label: string;
  readonly statement: string;
  readonly real: readonly string[];
  readonly sim: readonly string[];
  readonly kind: string;
  /** The program's first difference: later ones are often its consequences. */
  readonly first: boolean;
}

export interface Transcript {
  readonly stdout: string;
  readonly stderr: string;
  readonly rc: number;
}

/** Lines of MLflow's own logging (table creation, migrations) that a fresh backend prints. */
const LOG_LINE = /^\d{4}[/-]\d\d[/-]\d\d \d\d:\d\d:\d\d INFO /;

export function stderrFacts(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !LOG_LINE.test(l));
}

function method(statement: string): string {
  return /^(?:c|mlflow)\.(\w+)\(/.exec(statement)?.[1] ?? 'program';
}

export function compareProgram(program: string, source: string, real: Transcript, sim: Transcript): Difference[] {
  const diffs: Difference[] = [];
  const stmts = statements(source);
  const a = byStatement(real.stdout);
  const b = byStatement(sim.stdout);
  const num = (l: string) => (l.startsWith('s') ? Number(l.slice(1)) : -1);
  const labels = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => num(x) - num(y));
  for (const label of labels) {
    const r = a.get(label) ?? [];
    const s = b.get(label) ?? [];
    if (r.length === s.length && r.every((x, i) => x === s[i])) continue;
    const statement = stmts.get(label) ?? '';
    const m = method(statement);
    // The first line that differs decides the kind: the outcome, or one of its warnings.
    const i = r.findIndex((x, k) => x !== s[k]);
    const at = i < 0 ? r.length : i;
    const rs = shape(r[at]);
    const ss = shape(s[at]);
    const what = rs === ss ? (rs.startsWith('->') ? 'value' : 'message') : `${rs} / sim ${ss}`;
    const kind = rs === ss ? `${m}: ${rs}, different ${what}` : `${m}: real ${what}`;
    diffs.push({ program, label, statement, real: r, sim: s, kind, first: diffs.length === 0 });
  }
  const re = stderrFacts(real.stderr);
  const se = stderrFacts(sim.stderr);
  if (re.join('\n') !== se.join('\n')) {
    diffs.push({
      program,
      label: 'stderr',
      statement: '',
      real: re,
      sim: se,
      kind: 'stderr lines',
      first: diffs.length === 0,
    });
  }
  if (real.rc !== sim.rc) {
    diffs.push({
      program,
      label: 'rc',
      statement: '',
      real: [String(real.rc)],
      sim: [String(sim.rc)],
      kind: 'exit status',
      first: diffs.length === 0,
    });
  }
  return diffs;
}

const clip = (s: string, n = 400): string => (s.length > n ? `${s.slice(0, n)}... (${s.length} chars)` : s);

/** Kinds ordered by how many programs they are the first difference of (the likely causes). */
function byKind(diffs: readonly Difference[]): [string, Difference[]][] {
  const kinds = new Map<string, Difference[]>();
  for (const d of diffs) kinds.set(d.kind, [...(kinds.get(d.kind) ?? []), d]);
  const firsts = (list: readonly Difference[]) => list.filter((d) => d.first).length;
  return [...kinds.entries()].sort(
    (x, y) => firsts(y[1]) - firsts(x[1]) || y[1].length - x[1].length || x[0].localeCompare(y[0]),
  );
}

function examplesOf(list: readonly Difference[], n: number): string[] {
  const out: string[] = [];
  const shown = [...list.filter((d) => d.first), ...list.filter((d) => !d.first)];
  for (const d of shown.slice(0, n)) {
    out.push(`- ${d.program} ${d.label}: \`${clip(d.statement, 300)}\``);
    out.push('  ```');
    for (const l of d.real) out.push(`  real: ${clip(l)}`);
    for (const l of d.sim) out.push(`  sim:  ${clip(l)}`);
    out.push('  ```');
  }
  return out;
}

function kindSection(title: string, diffs: readonly Difference[], examples: number): string[] {
  const out = [`# ${title}`, ''];
  if (diffs.length === 0) return [...out, 'None.', ''];
  for (const [kind, list] of byKind(diffs)) {
    const programs = new Set(list.map((d) => d.program)).size;
    const firsts = list.filter((d) => d.first).length;
    out.push(`## ${kind} (${list.length} in ${programs} programs; first difference in ${firsts})`, '');
    out.push(...examplesOf(list, examples), '');
  }
  return out;
}

/**
 * A Markdown report: the unexplained differences by kind (the work left), then the explained
 * ones by reason, then the differences that only follow an explained one in the same program.
 */
export function report(diffs: readonly Difference[], header: string, examples = 3): string {
  const e = explain(diffs);
  const explainedCount = [...e.explained.values()].reduce((n, l) => n + l.length, 0);
  const out = [
    header,
    '',
    `Unexplained differences: ${e.unexplained.length} (in ${new Set(e.unexplained.map((d) => d.program)).size} programs). Explained: ${explainedCount}. Following an explained difference: ${e.consequences.length}.`,
    '',
    ...kindSection('Unexplained differences', e.unexplained, examples),
    '# Explained differences',
    '',
  ];
  for (const rule of RULES) {
    const list = e.explained.get(rule.id) ?? [];
    out.push(`## ${rule.id} (${list.length})`, '', rule.reason, '', ...examplesOf(list, 2), '');
  }
  out.push(...kindSection('Following an explained difference (state diverged)', e.consequences, 1));
  return out.join('\n');
}

export function counts(diffs: readonly Difference[]): { unexplained: number; explained: number; consequences: number } {
  const e = explain(diffs);
  return {
    unexplained: e.unexplained.length,
    explained: [...e.explained.values()].reduce((n, l) => n + l.length, 0),
    consequences: e.consequences.length,
  };
}
