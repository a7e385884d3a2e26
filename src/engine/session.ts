// One learner's environment: the registry, the terminal (shell or Python REPL), injected sources
// and output. Used by the browser islands, `mlflow-sim`, the content checker and the tests, so
// every face of the platform runs the same code. Pure: no DOM, no Node.
import type { Output, SimEnv, Stream, Tone } from './env.ts';
import { parseRegistry, serializeRegistry } from './registry/index.ts';
import type { Change } from './registry/result.ts';
import { EMPTY_REGISTRY, type RegistryState } from './registry/types.ts';
import { builtins, stopServer } from './shell/builtins.ts';
import { ROOT } from './shell/commands/root.ts';
import { runClick } from './shell/click/invoke.ts';
import { complete as completeLine } from './shell/complete.ts';
import { curl } from './shell/curl.ts';
import { emptyShellState, type Program, type ProgramContext, type ShellState } from './shell/program.ts';
import { NO_PYTHON, pythonProgram } from './shell/python-program.ts';
import { internalError, runLine } from './shell/run-line.ts';
import { PYTHON_VERSION } from './shell/serve/start.ts';
import * as realPython from './python/index.ts';
import { SNAPSHOT_FORMAT, boundedHistory, historySchema, restoreShell } from './session-snapshot.ts';
import { deterministicSources, type Sources } from './sources.ts';

export interface OutputLine {
  stream: Stream;
  /** One line, without '\n'. */
  text: string;
  /** For stderr lines: what the program said the text is (absent: an error). */
  tone?: Tone;
}

export interface RunResult {
  /** The prompt the input was typed at: '$ ', '>>> ' or '... '. */
  prompt: string;
  input: string;
  /** Output in the order written. */
  lines: OutputLine[];
  /** Of the last program in the line (0 for Python REPL lines). */
  exitCode: number;
  /** The line failed: a shell exit status other than 0, or a Python statement that raised. */
  failed: boolean;
  /** Registry changes this input caused. */
  changes: Change[];
  /** `clear` (or Ctrl+L) asked the view to clear. */
  clear: boolean;
  /** `reset` ran: the session is back at its start (the page's Reset does the same). */
  reset: boolean;
}

/** The Python REPL the interpreter provides (src/engine/python/index.ts). */
export interface PythonRepl {
  /** 'more': the block continues (show '... '); 'ready': it ran (show '>>> '). */
  feed(line: string): 'more' | 'ready';
  /** KeyboardInterrupt: discard the pending block. */
  interrupt(): void;
  /** True after exit() / quit(). */
  readonly exited: boolean;
  /** The last statement run raised (an uncaught exception or a syntax error). */
  readonly raised?: boolean;
}

/** What the session needs from the Python interpreter; the module's own export names. */
export interface PythonRuntime {
  runPythonScript(env: SimEnv, source: string, filename?: string): { exitCode: number };
  createPythonRepl(env: SimEnv): PythonRepl;
}

export interface SessionOptions {
  /** The starting registry (reset() returns here). */
  scenario?: RegistryState;
  /** Exactly real MLflow 3.x: no course shorthand. */
  strict?: boolean;
  /** Clock and ids; deterministic by default so transcripts replay. */
  sources?: Sources;
  /** The Python interpreter: defaults to the real one (src/engine/python); null for none. */
  python?: PythonRuntime | null;
}

/** Persisted form (JSON-safe). `version` names the shape so later shapes can migrate it. */
export interface SessionSnapshot {
  readonly format: 'mlflow-sim/session';
  readonly version: 1;
  /** serializeRegistry() of the starting and the current registry. */
  readonly start: string;
  readonly registry: string;
  readonly strict: boolean;
  readonly history: readonly string[];
  readonly shell: ShellState;
}

const REAL_PYTHON: PythonRuntime = realPython;

const BANNER =
  `Python ${PYTHON_VERSION} (main, Dec  8 2023, 14:22:46) [GCC 12.2.0] on linux\n` +
  'Type "help", "copyright", "credits" or "license" for more information.\n';

/** Splits what programs write into OutputLine records, keeping the order across streams. */
class LineCollector implements Output {
  readonly lines: OutputLine[] = [];
  private pending: OutputLine | null = null;

  write(stream: Stream, text: string, tone?: Tone): void {
    if (text === '') return;
    const lineTone = stream === 'stderr' && tone !== undefined && tone !== 'error' ? tone : undefined;
    if (this.pending && (this.pending.stream !== stream || this.pending.tone !== lineTone)) this.flush();
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (this.pending) this.pending.text += part;
      else if (part !== '' || i < parts.length - 1)
        this.pending = lineTone === undefined ? { stream, text: part } : { stream, text: part, tone: lineTone };
      if (i < parts.length - 1) this.flush(true);
    }
  }

  private flush(force = false): void {
    if (this.pending) this.lines.push(this.pending);
    else if (force) return;
    this.pending = null;
  }

  finish(): OutputLine[] {
    this.flush();
    return this.lines;
  }
}

/**
 * Collects a whole run's output (the editor's Run) two ways: stdout and stderr apart, as a script's
 * caller sees them, and interleaved lines in the order written, as a terminal shows them.
 */
class StringCollector implements Output {
  stdout = '';
  stderr = '';
  readonly terminal = new LineCollector();
  write(stream: Stream, text: string, tone?: Tone): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
    this.terminal.write(stream, text, tone);
  }
}

export class Session {
  private strictMode: boolean;
  private readonly sources: Sources;
  private start: RegistryState;
  private readonly env: SimEnv & { registry: RegistryState };
  private sink: Output = { write: () => {} };
  private shell: ShellState = emptyShellState();
  private readonly lines: string[] = [];
  private readonly python: PythonRuntime | undefined;
  private repl: PythonRepl | null = null;
  private continuation = false;
  private clearRequested = false;
  private resetDone = false;
  private readonly listeners = new Set<() => void>();
  private readonly programs: Record<string, Program>;

  constructor(opts: SessionOptions = {}) {
    this.sources = opts.sources ?? deterministicSources();
    this.start = opts.scenario ?? EMPTY_REGISTRY;
    this.strictMode = opts.strict ?? false;
    this.python = opts.python === null ? undefined : (opts.python ?? REAL_PYTHON);
    const session = this;
    this.env = {
      registry: this.start,
      sources: this.sources,
      get strict() {
        return session.strictMode;
      },
      out: { write: (stream, text, tone) => session.sink.write(stream, text, tone) },
      changes: [],
    };
    const python = pythonProgram({
      enterRepl: () => this.enterRepl(),
      runScript: (source, filename) =>
        this.python ? this.python.runPythonScript(this.env, source, filename).exitCode : undefined,
    });
    this.programs = {
      ...builtins({
        reset: () => {
          this.resetState();
          this.resetDone = true;
        },
        clear: () => {
          this.clearRequested = true;
        },
        exit: () => {
          this.shell.servers = [];
        },
      }),
      mlflow: (ctx: ProgramContext, args) => runClick(ctx, ROOT, 'mlflow', args),
      curl,
      python,
      python3: python,
    };
  }

  get strict(): boolean {
    return this.strictMode;
  }
  set strict(value: boolean) {
    this.strictMode = value;
    this.notify();
  }

  get registry(): RegistryState {
    return this.env.registry;
  }

  get mode(): 'shell' | 'python' {
    return this.repl ? 'python' : 'shell';
  }

  get prompt(): string {
    if (!this.repl) return '$ ';
    return this.continuation ? '... ' : '>>> ';
  }

  /** Every line typed, shell and Python, in order. */
  get history(): readonly string[] {
    return this.lines;
  }

  /** Model servers running in the terminal (for a status view). */
  get servers(): ShellState['servers'] {
    return this.shell.servers;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  }

  private notify(): void {
    for (const fn of [...this.listeners]) {
      try {
        fn();
      } catch {
        // A listener's bug must not break the learner's terminal.
      }
    }
  }

  /** Run `body` with output collected into lines; never throws. */
  private capture(prompt: string, input: string, body: () => number, raised: () => boolean = () => false): RunResult {
    const collector = new LineCollector();
    const previous = this.sink;
    this.sink = collector;
    this.env.changes.length = 0;
    this.clearRequested = false;
    this.resetDone = false;
    let exitCode: number;
    let failed: boolean;
    try {
      exitCode = body();
      failed = exitCode !== 0 || raised();
    } catch (error) {
      exitCode = internalError(this.env, error);
      failed = true;
    } finally {
      this.sink = previous;
    }
    const result: RunResult = {
      prompt,
      input,
      lines: collector.finish(),
      exitCode,
      failed,
      changes: [...this.env.changes],
      clear: this.clearRequested,
      reset: this.resetDone,
    };
    this.notify();
    return result;
  }

  run(line: string): RunResult {
    const text = String(line);
    const prompt = this.prompt;
    if (this.repl || text.trim() !== '') this.lines.push(text);
    let replRaised = false;
    return this.capture(
      prompt,
      text,
      () => {
        if (this.repl) {
          const repl = this.repl;
          const state = repl.feed(text);
          this.continuation = state === 'more';
          replRaised = state === 'ready' && repl.raised === true;
          if (repl.exited) this.leaveRepl();
          return 0;
        }
        if (text.trim() !== '' && !text.startsWith(' ')) this.shell.history.push(text);
        return runLine(text, { env: this.env, shell: this.shell, programs: this.programs });
      },
      () => replRaised,
    );
  }

  interrupt(): RunResult {
    const prompt = this.prompt;
    return this.capture(prompt, '', () => {
      if (this.repl) {
        this.repl.interrupt();
        this.continuation = false;
        return 0;
      }
      this.env.out.write('stdout', '^C\n');
      const foreground = [...this.shell.servers].reverse().find((s) => s.foreground);
      if (foreground) stopServer(this.programContext(), foreground, 'INT');
      return 130;
    });
  }

  eof(): RunResult {
    const prompt = this.prompt;
    return this.capture(prompt, '', () => {
      if (this.repl) {
        this.env.out.write('stdout', '\n');
        this.leaveRepl();
        return 0;
      }
      return runLine('exit', { env: this.env, shell: this.shell, programs: this.programs });
    });
  }

  complete(line: string, cursor?: number): { from: number; candidates: string[] } {
    try {
      if (this.repl) return { from: cursor ?? line.length, candidates: [] };
      return completeLine(String(line), cursor ?? line.length, {
        registry: this.env.registry,
        shell: this.shell,
        strict: this.strictMode,
        programs: Object.keys(this.programs),
      });
    } catch {
      return { from: cursor ?? line.length, candidates: [] };
    }
  }

  runPython(
    source: string,
    filename = '<stdin>',
  ): { stdout: string; stderr: string; output: OutputLine[]; exitCode: number; changes: Change[] } {
    const collector = new StringCollector();
    const previous = this.sink;
    this.sink = collector;
    this.env.changes.length = 0;
    let exitCode: number;
    try {
      if (this.python) exitCode = this.python.runPythonScript(this.env, String(source), filename).exitCode;
      else {
        collector.write('stderr', NO_PYTHON);
        exitCode = 1;
      }
    } catch (error) {
      exitCode = internalError(this.env, error);
    } finally {
      this.sink = previous;
    }
    const changes = [...this.env.changes];
    this.notify();
    return {
      stdout: collector.stdout,
      stderr: collector.stderr,
      output: collector.terminal.finish(),
      exitCode,
      changes,
    };
  }

  /** The one reset (the `reset` command, the page's Reset button): see resetState. History is kept. */
  reset(): void {
    this.resetState();
    this.notify();
  }

  /**
   * A fresh start in everything but history: the starting registry, no servers, no environments,
   * no exported variables, `$?` 0, and the course notes shown again on the shorthand's next use
   * (a lesson replayed after a reset prints what it printed the first time).
   */
  private resetState(): void {
    this.env.registry = this.start;
    // In place: the line that typed `reset` goes on with this same shell (`reset; export A=1`).
    const history = this.shell.history;
    for (const key of Object.keys(this.shell)) delete (this.shell as unknown as Record<string, unknown>)[key];
    Object.assign(this.shell, emptyShellState(), { history });
    this.repl = null;
    this.continuation = false;
  }

  /** The persisted form; long histories are bounded (src/engine/session-snapshot.ts). */
  snapshot(): SessionSnapshot {
    const shell = JSON.parse(JSON.stringify(this.shell)) as ShellState;
    shell.history = boundedHistory(shell.history);
    return {
      format: SNAPSHOT_FORMAT,
      version: 1,
      start: serializeRegistry(this.start),
      registry: serializeRegistry(this.env.registry),
      strict: this.strictMode,
      history: boundedHistory(this.lines),
      shell,
    };
  }

  /**
   * Rebuild a session from snapshot(). Throws (with a readable message) on a snapshot this
   * version cannot read at all. A Python REPL cannot be persisted: the restored session is at `$ `.
   */
  static restore(snap: SessionSnapshot, opts: SessionOptions = {}): Session {
    return Session.restoreReporting(snap, opts).session;
  }

  /**
   * restore(), naming the parts that failed their schema: each of those starts clean (an unreadable
   * current registry is the starting one; an unreadable server list is no servers) and the rest is kept.
   */
  static restoreReporting(snap: SessionSnapshot, opts: SessionOptions = {}): { session: Session; problems: string[] } {
    if (!snap || typeof snap !== 'object' || snap.format !== SNAPSHOT_FORMAT || snap.version !== 1) {
      throw new Error('Not a session snapshot this version can read (expected format mlflow-sim/session, version 1)');
    }
    const problems: string[] = [];
    const start = parseRegistry(String(snap.start));
    if (!start.ok) throw new Error(`Session snapshot: starting registry: ${start.message}`);
    const current = parseRegistry(String(snap.registry));
    if (!current.ok) problems.push(`registry: ${current.message}`);
    const strict = opts.strict ?? (typeof snap.strict === 'boolean' ? snap.strict : false);
    const session = new Session({ ...opts, scenario: start.state, strict });
    if (current.ok) session.env.registry = current.state;
    const history = historySchema.safeParse(snap.history);
    if (history.success) session.lines.push(...boundedHistory(history.data));
    else if (snap.history !== undefined) problems.push('the saved history could not be read');
    const shell = restoreShell(snap.shell, emptyShellState());
    session.shell = shell.shell;
    problems.push(...shell.problems);
    return { session, problems };
  }

  private programContext(): ProgramContext {
    return {
      env: this.env,
      shell: this.shell,
      out: (text) => this.env.out.write('stdout', text),
      err: (text, tone) => this.env.out.write('stderr', text, tone),
      background: false,
      words: [],
      vars: {},
    };
  }

  private enterRepl(): boolean {
    if (!this.python) return false;
    this.env.out.write('stdout', BANNER);
    this.repl = this.python.createPythonRepl(this.env);
    this.continuation = false;
    return true;
  }

  private leaveRepl(): void {
    this.repl = null;
    this.continuation = false;
  }
}
