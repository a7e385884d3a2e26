// One transcript format for lessons, `mlflow-sim check`, the content checker and tests.
//
//   $ mlflow models serve -m models:/my-model/1     <- shell input ("$ ")
//   <date> <time> INFO mlflow.models...             <- expected output, with placeholders
//   ...                                             <- any number of lines (zero or more)
//   >>> client.get_model_version("my-model", 1)     <- Python REPL input (">>> ", "... ")
//
// Pure: parsing and matching need nothing; replaying needs only something with the Session's
// `run(line)` shape, so this file does not depend on how the session is built.

/** The three prompts a transcript line can start with. */
export type Prompt = '$ ' | '>>> ' | '... ';

/** One input line and the output expected right after it. */
export interface Step {
  readonly prompt: Prompt;
  readonly input: string;
  /** Expected lines, trailing blank lines removed; `...` and `<placeholders>` allowed. */
  readonly expected: string[];
  /** 1-based line of the input within the transcript text. */
  readonly line: number;
}

/** A line of a diff between expected and actual output, in the order a reader scans it. */
export interface DiffLine {
  /** `same`: matched; `expected`: only in the transcript (-); `actual`: only in what ran (+). */
  readonly op: 'same' | 'expected' | 'actual';
  readonly text: string;
  /** The expected line (0-based) it stands at: for `+` lines, the expected line they precede. */
  readonly at?: number;
  /** An actual line a `...` line matched: context, not a difference. */
  readonly wildcard?: boolean;
}

/** Values bound to placeholders so far: `<run_id>` must mean the same value everywhere. */
export type Bindings = Readonly<Record<string, string>>;

export interface MatchResult {
  readonly ok: boolean;
  readonly diff: DiffLine[];
  readonly bindings: Bindings;
}

export interface ReplayFailure {
  /** The line of the input in the transcript (1-based). */
  readonly line: number;
  /** The line of the first expected output line that differs (where an author looks first). */
  readonly at: number;
  readonly input: string;
  readonly expected: string[];
  readonly actual: string[];
  readonly diff: DiffLine[];
  /** Set when the failure is about the prompt rather than the output. */
  readonly reason?: string;
}

export interface ReplayResult {
  readonly ok: boolean;
  /** How many input lines ran (each one proven unless listed in failures). */
  readonly steps: number;
  readonly failures: ReplayFailure[];
  readonly bindings: Bindings;
}

/** What replay needs from a session: the shape of `Session.run` (src/engine/session.ts). */
export interface RunsLines {
  run(line: string): {
    readonly prompt?: string;
    readonly lines: readonly { readonly stream: string; readonly text: string }[];
    readonly exitCode?: number;
  };
}

export class TranscriptSyntaxError extends Error {
  readonly kind = 'transcript-syntax';
  readonly line: number;
  /** What is wrong, without the position (`message` is `line N: reason`). */
  readonly reason: string;
  constructor(reason: string, line: number) {
    super(`line ${line}: ${reason}`);
    this.name = 'TranscriptSyntaxError';
    this.line = line;
    this.reason = reason;
  }
}

/** A line holding only `...`: any number of output lines. */
export const WILDCARD = '...';

const PROMPTS: readonly Prompt[] = ['$ ', '>>> ', '... '];
// Lowercase identifiers only, so real output such as `<ModelVersion: ...>` is never a placeholder.
const PLACEHOLDER = /<([a-z_][a-z0-9_]*)>/g;
// `# scenario: model-stages` style header lines before the first prompt.
const HEADER = /^#\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;

function promptOf(line: string): Prompt | undefined {
  if (line === WILDCARD) return undefined; // a bare `...` is always the wildcard
  // An empty REPL input line (ending a block) is `>>>` or `...` plus a space that editors strip
  // from `>>> `; `>>>` alone still means the empty input.
  if (line === '>>>') return '>>> ';
  return PROMPTS.find((p) => line.startsWith(p));
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function trimTrailingBlank(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(0, end);
}

/** The `# key: value` lines at the top of a transcript file (e.g. `# scenario: model-stages`). */
export function readTranscriptHeader(text: string): Record<string, string> {
  const header: Record<string, string> = {};
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    const m = HEADER.exec(line);
    if (!m) break;
    header[m[1] ?? ''] = m[2] ?? '';
  }
  return header;
}

/**
 * Split a transcript into steps. Blank lines and `# key: value` header lines may come before
 * the first prompt; any other text there is an error (it would be output of nothing).
 */
export function parseTranscript(text: string): Step[] {
  const steps: { prompt: Prompt; input: string; expected: string[]; line: number }[] = [];
  splitLines(text).forEach((raw, index) => {
    const lineNo = index + 1;
    const prompt = promptOf(raw);
    if (prompt) {
      steps.push({ prompt, input: raw.slice(prompt.length), expected: [], line: lineNo });
      return;
    }
    const current = steps[steps.length - 1];
    if (current) {
      current.expected.push(raw);
      return;
    }
    if (raw.trim() === '' || HEADER.test(raw)) return;
    throw new TranscriptSyntaxError(
      `output "${raw}" comes before any input; start input lines with "$ " (shell) or ">>> " (Python)`,
      lineNo,
    );
  });
  return steps.map((s) => ({ ...s, expected: trimTrailingBlank(s.expected) }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compile one expected line into a matcher for actual lines. Placeholders already bound must
 * repeat their value; new ones bind to the shortest text that lets the whole line match. Trailing
 * spaces are ignored on both sides (editors strip them from lesson files).
 */
export function compileLine(expected: string, bindings: Bindings): (actual: string) => Bindings | undefined {
  const want = expected.trimEnd();
  if (!want.includes('<')) return (actual) => (actual.trimEnd() === want ? bindings : undefined);
  const fresh: string[] = [];
  let source = '^';
  let last = 0;
  for (const m of want.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    source += escapeRegExp(want.slice(last, m.index));
    const bound = bindings[name];
    if (bound !== undefined) source += escapeRegExp(bound);
    else if (fresh.includes(name)) source += `\\k<${name}>`;
    else {
      fresh.push(name);
      source += `(?<${name}>.+?)`;
    }
    last = (m.index ?? 0) + m[0].length;
  }
  source += `${escapeRegExp(want.slice(last))}$`;
  const pattern = new RegExp(source, 's');
  return (actual) => {
    const found = pattern.exec(actual.trimEnd());
    if (!found) return undefined;
    if (fresh.length === 0) return bindings;
    const next: Record<string, string> = { ...bindings };
    for (const name of fresh) next[name] = found.groups?.[name] ?? '';
    return next;
  };
}

/** Match one expected line against one actual line (see compileLine). */
export function matchLine(expected: string, actual: string, bindings: Bindings): Bindings | undefined {
  return compileLine(expected, bindings)(actual);
}

/** Try to match expected[i..] against actual[j..]; backtracks over wildcards. */
function search(
  expected: readonly string[],
  actual: readonly string[],
  i: number,
  j: number,
  bindings: Bindings,
  budget: { left: number },
): Bindings | undefined {
  if (budget.left-- <= 0) return undefined;
  if (i === expected.length) return j === actual.length ? bindings : undefined;
  const want = expected[i] ?? '';
  if (want.trim() === WILDCARD) {
    // Consecutive wildcards act as one; try the shortest gap first.
    if (i + 1 === expected.length) return bindings;
    for (let k = j; k <= actual.length; k += 1) {
      const found = search(expected, actual, i + 1, k, bindings, budget);
      if (found) return found;
    }
    return undefined;
  }
  if (j === actual.length) return undefined;
  const next = matchLine(want, actual[j] ?? '', bindings);
  return next ? search(expected, actual, i + 1, j + 1, next, budget) : undefined;
}

/**
 * A line diff that explains a failure: the fewest `-`/`+` lines, where a line "equals" another
 * when it matches with the bindings known so far, and a `...` line takes any run of actual lines
 * for free, so what it matched is context (op `same`, `wildcard: true`), never a difference.
 */
export function diffLines(expected: readonly string[], actual: readonly string[], bindings: Bindings = {}): DiffLine[] {
  const n = expected.length;
  const m = actual.length;
  const wild = expected.map((l) => l.trim() === WILDCARD);
  // Compiled once per expected line: the table below compares every pair.
  const matchers = expected.map((line, i) => (wild[i] ? null : compileLine(line, bindings)));
  const same = (a: number, b: number): boolean => matchers[a]?.(actual[b] ?? '') !== undefined;
  // cost[a][b]: the fewest difference lines for expected[a..] against actual[b..].
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let a = n; a >= 0; a -= 1) {
    const row = cost[a]!;
    const below = cost[a + 1];
    for (let b = m; b >= 0; b -= 1) {
      if (a === n) row[b] = m - b;
      else if (wild[a]) row[b] = Math.min(below![b]!, b < m ? row[b + 1]! : Infinity);
      else {
        let best = below![b]! + 1;
        if (b < m) best = Math.min(best, row[b + 1]! + 1, same(a, b) ? below![b + 1]! : Infinity);
        row[b] = best;
      }
    }
  }
  const diff: DiffLine[] = [];
  let a = 0;
  let b = 0;
  while (a < n || b < m) {
    const here = cost[a]![b]!;
    if (a < n && wild[a]) {
      // End the wildcard as soon as that is as good: the lines after it then line up.
      if (cost[a + 1]![b] === here || b === m) a += 1;
      else {
        diff.push({ op: 'same', text: actual[b]!, wildcard: true });
        b += 1;
      }
    } else if (a < n && b < m && same(a, b) && cost[a + 1]![b + 1] === here) {
      diff.push({ op: 'same', text: actual[b]!, at: a });
      a += 1;
      b += 1;
    } else if (a < n && cost[a + 1]![b]! + 1 === here) {
      // Like `diff -u`: what the transcript expected (-) comes before what actually ran (+).
      diff.push({ op: 'expected', text: expected[a]!, at: a });
      a += 1;
    } else {
      diff.push({ op: 'actual', text: actual[b]!, at: a });
      b += 1;
    }
  }
  return diff;
}

/**
 * Which expected line (0-based) a diff first differs at: an expected line that is not there, or
 * the place where an unexpected actual line appears. Undefined when nothing differs.
 */
export function firstDifference(diff: readonly DiffLine[]): number | undefined {
  return diff.find((d) => d.op !== 'same')?.at;
}

/**
 * Does the actual output match the expected lines? `...` lines match any number of lines;
 * `<name>` placeholders match volatile values, the same name the same value throughout.
 */
export function matchOutput(
  expected: readonly string[],
  actual: readonly string[],
  bindings: Bindings = {},
): MatchResult {
  const want = trimTrailingBlank([...expected]);
  const got = trimTrailingBlank([...actual]);
  const found = search(want, got, 0, 0, bindings, { left: 100_000 });
  if (found) return { ok: true, diff: got.map((text) => ({ op: 'same', text })), bindings: found };
  return { ok: false, diff: diffLines(want, got, bindings), bindings };
}

/**
 * Render a diff the way a terminal reader expects: `  ` same, `- ` expected, `+ ` actual; a run
 * of lines that a `...` matched shows as one `  ...` line saying how many.
 */
export function formatDiff(diff: readonly DiffLine[]): string {
  const mark = { same: '  ', expected: '- ', actual: '+ ' } as const;
  const out: string[] = [];
  for (let i = 0; i < diff.length; i += 1) {
    const d = diff[i]!;
    if (d.wildcard) {
      let j = i;
      while (diff[j + 1]?.wildcard) j += 1;
      const count = j - i + 1;
      out.push(`  ... (${count} line${count === 1 ? '' : 's'})`);
      i = j;
    } else out.push(`${mark[d.op]}${d.text}`);
  }
  return out.join('\n');
}

/** The session's output lines for one input, split on newlines (a write may hold several). */
export function outputLines(lines: readonly { readonly text: string }[]): string[] {
  return splitLines(lines.map((l) => (l.text.endsWith('\n') ? l.text : `${l.text}\n`)).join(''));
}

/** Run every step of a transcript in `session`, in order, and compare each output. */
export function replayTranscript(session: RunsLines, text: string, bindings: Bindings = {}): ReplayResult {
  return replaySteps(session, parseTranscript(text), bindings);
}

/** Run already parsed steps in `session`, in order, and compare each output. */
export function replaySteps(session: RunsLines, steps: readonly Step[], bindings: Bindings = {}): ReplayResult {
  const failures: ReplayFailure[] = [];
  let bound = bindings;
  for (const step of steps) {
    const result = session.run(step.input);
    const actual = outputLines(result.lines);
    if (result.prompt !== undefined && result.prompt !== step.prompt) {
      failures.push({
        line: step.line,
        at: step.line,
        input: step.input,
        expected: step.expected,
        actual,
        diff: diffLines(step.expected, actual, bound),
        reason: `the transcript shows the prompt "${step.prompt.trim()}" but the session was at "${result.prompt.trim()}"`,
      });
      continue;
    }
    const match = matchOutput(step.expected, actual, bound);
    bound = match.bindings;
    if (!match.ok)
      failures.push({
        line: step.line,
        at: step.line + 1 + (firstDifference(match.diff) ?? 0),
        input: step.input,
        expected: step.expected,
        actual,
        diff: match.diff,
      });
  }
  return { ok: failures.length === 0, steps: steps.length, failures, bindings: bound };
}

/** A failure as the text a person reads in a terminal or a build log. */
export function formatFailure(failure: ReplayFailure, where = 'transcript'): string {
  const head = `${where}:${failure.at}: ${failure.reason ?? 'output differs'} after ${JSON.stringify(failure.input)}`;
  return `${head}\n${formatDiff(failure.diff)}`;
}
