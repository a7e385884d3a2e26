// One home for comparing the simulator with the real MLflow: what in a program's output is
// volatile (ids, clocks, temp dirs, addresses) and how it maps onto the transcript placeholders
// the course already uses (`<run_id>`, `<model_id>`, `<timestamp>`, `<date> <time>`, `<pid>`;
// content/README.md), and which stderr lines matter when two runs are compared side by side.
// Used by `npm run real`, `npm run record:real`, `check:content -- --real` and the case-file
// tests; pure (no Node imports), so anything may import it.

/** What a normalised output keeps of each volatile value: a placeholder, numbered by identity. */
export interface Normalised {
  readonly text: string;
  /** Placeholder -> the value it stood for (first occurrence), for a reader chasing a diff. */
  readonly bindings: Readonly<Record<string, string>>;
}

// The real oracle's per-run temp dirs (run.sh, cli.sh, batch.py, src/oracle/runner.py) and the
// simulator's working directory: both are "where the program ran".
const WORK_DIRS =
  /\/tmp\/(?:mlflow-oracle|oracle-batch(?:-shared)?|oracle-record|oracle-replay|mlflow-oracle-term|oracle-content|tmp)[.\w-]*(?:\/oracle-record\.\d+)?|\/home\/learner/g;
// A sqlite URI naming the work dir's database: the simulator's default spelling is relative.
const SQLITE_IN_WORK_DIR = /sqlite:\/\/\/<cwd>\/mlflow\.db/g;
// The oracle's unpacked MLflow stands where `pip install mlflow` puts it (the simulator's paths).
const ORACLE_SITE = /\/opt\/mlflow-oracle\/site\//g;
const PIP_SITE = '/usr/local/lib/python3.11/site-packages/';

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Numbered (`<run_id>`, `<run_id_2>`, ...) so "the same id" and "another id" stay visible. */
  readonly numbered: boolean;
}

// Order matters: a LoggedModel id contains 32 hex digits that are not a run id.
const RULES: readonly Rule[] = [
  { name: 'model_id', pattern: /\bm-[0-9a-f]{32}\b/g, numbered: true },
  { name: 'run_id', pattern: /(?<![0-9a-f-])[0-9a-f]{32}(?![0-9a-f])/g, numbered: true },
  // Milliseconds since the epoch between 2017 and 2033 (MLflow's creation/update times).
  { name: 'timestamp', pattern: /(?<!\d)1[5-9]\d{11}(?!\d)/g, numbered: false },
  // Object addresses in default reprs (`<... object at 0x7f2408e34d90>`).
  { name: 'address', pattern: /\b0x[0-9a-f]{8,16}\b/g, numbered: false },
];

// Terminal colour codes (MLflow paints some warnings red or yellow): the course's terminals show
// plain text, so both sides are compared without them.
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

// MLflow's log lines (`2025/11/27 10:15:01 INFO mlflow...`) and alembic's (`2025-11-27 10:15:01`).
const LOG_CLOCK = /^((?:\u001b\[[0-9;]*m)?)\d{4}[/-]\d{2}[/-]\d{2} \d{2}:\d{2}:\d{2}(?=\s)/gm;

/** The ~50 INFO lines a fresh sqlite backend logs while it creates its tables, and the oracle's own package quirks. */
export function isBackendSetupLine(line: string): boolean {
  return (
    /INFO mlflow\.store\.db\.utils: (?:Creating initial MLflow database tables|Updating database tables)/.test(line) ||
    /INFO {2}\[alembic\.runtime\.migration\]/.test(line) ||
    // The oracle's Debian packages carry local version labels (lz4 4.0.2+dfsg); a pip install has none.
    /WARNING mlflow\.utils\.requirements_utils: Found \S+ version \(\S+\) contains a local version label/.test(line)
  );
}
/**
 * Map the volatile values of one program's output (stdout and stderr together, so an id
 * printed on stdout and named in a warning gets the same placeholder) to placeholders.
 */
export function normaliseStreams(streams: { stdout: string; stderr: string }): {
  stdout: string;
  stderr: string;
  bindings: Record<string, string>;
} {
  // Newlines around the separator keep each stream's first line a line start (LOG_CLOCK is `^`).
  const sep = '\n\u0000STREAM\u0000\n';
  const dropped = streams.stderr
    .split('\n')
    .filter((l) => !isBackendSetupLine(l))
    .join('\n');
  const { text, bindings } = normalise(`${streams.stdout}${sep}${collapseLibraryFrames(dropped)}`);
  const at = text.indexOf(sep);
  return { stdout: text.slice(0, at), stderr: text.slice(at + sep.length), bindings };
}

// A traceback frame in a library (MLflow, SQLAlchemy, Python's own modules), not the learner's code.
const LIBRARY_FRAME =
  /^ {2}File "(?:\/usr\/local\/lib\/python3|\/usr\/lib\/python3|\/opt\/mlflow-oracle\/)[^"]*", line \d+, in /;

/**
 * Each run of library frames in a traceback becomes one `...` line: where MLflow is installed
 * and its line numbers are not what a learner reads, but *that* MLflow's frames stand between
 * their call and the error is (CPython prints them; so must the simulator).
 */
export function collapseLibraryFrames(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!LIBRARY_FRAME.test(lines[i] ?? '')) {
      out.push(lines[i] ?? '');
      continue;
    }
    while (i + 1 < lines.length && (LIBRARY_FRAME.test(lines[i + 1] ?? '') || (lines[i + 1] ?? '').startsWith('    ')))
      i++;
    out.push('...');
  }
  return out.join('\n');
}

/** Map volatile values in one text to placeholders (see RULES). */
export function normalise(text: string): Normalised {
  const bindings: Record<string, string> = {};
  let out = text
    .replace(ANSI_COLOUR, '')
    .replace(WORK_DIRS, '<cwd>')
    .replace(SQLITE_IN_WORK_DIR, 'sqlite:///mlflow.db')
    .replace(ORACLE_SITE, PIP_SITE);
  out = out.replace(LOG_CLOCK, '$1<date> <time>');
  for (const rule of RULES) {
    const seen = new Map<string, string>();
    out = out.replace(rule.pattern, (value) => {
      if (!rule.numbered) return `<${rule.name}>`;
      let name = seen.get(value);
      if (name === undefined) {
        name = seen.size === 0 ? `<${rule.name}>` : `<${rule.name}_${seen.size + 1}>`;
        seen.set(value, name);
        bindings[name] = value;
      }
      return name;
    });
  }
  return { text: out, bindings };
}

/**
 * The stderr lines worth comparing side by side: warnings (Python's `file:line: XWarning:` and
 * MLflow's `WARNING`/`ERROR` log lines, with the source line under a Python warning) and the
 * last line of each traceback. Tracebacks' frames, INFO logs and progress bars are left out:
 * they depend on where MLflow is installed and how the backend started.
 */
export function stderrThatMatters(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => !isBackendSetupLine(l));
  const kept: string[] = [];
  let inTraceback = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === 'Traceback (most recent call last):') {
      inTraceback = true;
      continue;
    }
    if (inTraceback) {
      // Frames are indented; the first unindented line is the exception's own line.
      if (line.startsWith(' ') || line === '') continue;
      inTraceback = false;
      kept.push(line);
      continue;
    }
    if (/^\S.*?:\d+: \w*Warning: /.test(line)) {
      kept.push(line);
      const source = lines[i + 1];
      if (source?.startsWith('  ')) {
        kept.push(source);
        i++;
      }
      continue;
    }
    if (/\b(?:WARNING|ERROR|CRITICAL) [\w.]+: /.test(line)) kept.push(line);
  }
  return kept;
}

/**
 * The real MLflow's output as if it had run on the simulator's machine: no colour codes, no
 * table-creation log, the work dir as the simulator's `/home/learner`, MLflow where pip installs
 * it. For comparing real output with the course's expected text, whose placeholders already
 * stand for the volatile values.
 */
export function toSimulatorWorld(text: string): string {
  return text
    .replace(ANSI_COLOUR, '')
    .split('\n')
    .filter((l) => !isBackendSetupLine(l))
    .join('\n')
    .replace(WORK_DIRS, '/home/learner')
    .replace(/sqlite:\/\/\/\/home\/learner\/mlflow\.db/g, 'sqlite:///mlflow.db')
    .replace(ORACLE_SITE, PIP_SITE)
    .replace(/\/opt\/mlflow-oracle\/bin\/mlflow/g, '/usr/local/bin/mlflow');
}
