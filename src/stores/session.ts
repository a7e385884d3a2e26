// The one simulation session of a page, shared by every island (terminal, board, examples,
// editor). Islands import this module; Vite gives them one instance, so they all see the same
// atoms. The engine itself runs in a Web Worker (./engine/): this module only sends commands
// and publishes what comes back, so no learner code ever runs on the page's thread. The board
// draws from the build-time scenario or the stored session, which are plain data, so a page
// paints and hydrates without the engine; the worker is started and warmed when the page is idle.
//
// Persistence: one JSON document per lesson under `mlflow-academy:v1:session:<lesson>`
// (./session-persist.ts), written after each command.
import { atom } from 'nanostores';
import type { Tone } from '../engine/env.ts';
import type { Change } from '../engine/registry/result.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import { EMPTY_REGISTRY } from '../engine/registry/types.ts';
import type { RunResult } from '../engine/session.ts';
import { EngineTimeout, pageHost, type EngineHost } from './engine/host.ts';
import type { EditorDiagnostic, EngineRequest, PythonRunOutcome, SessionView } from './engine/protocol.ts';
import { registryStateSchema } from '../engine/registry/schema.ts';
import { SESSION_KEY_PREFIX, envelopeSchema, type Envelope } from './session-schema.ts';
import { boundedEnvelope } from './session-persist.ts';
import { browserStore, decode, load, remove, save, setAside, watchKey } from './storage.ts';
import type { KeyValueStore } from './progress-transfer.ts';
import { $saveProblem } from './save-problem.ts';
import { interruptedRun, timedOutPython, timedOutRun } from './engine/timeouts.ts';

export type { PythonRunOutcome } from './engine/protocol.ts';
export type LineKind = 'input' | 'stdout' | 'stderr' | 'info';
export interface TermLine {
  readonly kind: LineKind;
  readonly text: string;
  /** For `input` lines: the prompt shown before it (`$ `, `>>> `, `... `). */
  readonly prompt?: string;
  /** For `stderr` lines: what the program said the text is (engine/env.ts Tone; absent: an error). */
  readonly tone?: Tone;
}

/** One finished command, published for the live checks of lesson examples. */
export interface RunEvent {
  readonly seq: number;
  readonly prompt: string;
  readonly input: string;
  readonly lines: readonly { stream: 'stdout' | 'stderr'; text: string }[];
  readonly exitCode: number;
}

/** What the last operation changed in the registry, whoever ran it (terminal, Run, editor). */
export interface ChangeEvent {
  readonly seq: number;
  readonly changes: readonly Change[];
}

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

const MAX_LINES = 400;
const MAX_HISTORY = 200;
/**
 * How long the page waits for the engine before ending it: the interpreter's own clock stops a
 * runaway after 2 s (DEFAULT_LIMITS.seconds); this catches what that clock cannot interrupt (one
 * native call that never returns), so the learner hears back within the limit plus half a second.
 */
export const ENGINE_LIMIT_MS = 2500;

export const $registry = atom<RegistryState>(EMPTY_REGISTRY);
export const $mode = atom<'shell' | 'python'>('shell');
export const $prompt = atom<string>('$ ');
export const $strict = atom<boolean>(false);
export const $lines = atom<readonly TermLine[]>([]);
export const $history = atom<readonly string[]>([]);
export const $lastRun = atom<RunEvent | null>(null);
export const $lastChanges = atom<ChangeEvent | null>(null);
/** A message the learner must see (e.g. "your saved session could not be read"). */
export const $notice = atom<string | null>(null);
export const $engine = atom<EngineStatus>('idle');
/** A `mlflow models serve` started without `&` is running: a real shell shows no prompt until Ctrl+C. */
export const $foreground = atom<boolean>(false);
/** A command or Run is being computed by the engine (Ctrl+C ends it). */
export const $busy = atom<boolean>(false);
/**
 * How many times this page's session has been Reset (the terminal's button, the `reset` command
 * or a lab's Reset lab). A lab listens to it, so any Reset starts a new attempt.
 */
export const $resets = atom<number>(0);

export { envelopeSchema, type Envelope };

export const CORRUPT_NOTICE =
  'Your saved work for this page could not be read (it was damaged or written by another version of the site), so the simulation starts fresh.';
export const PARTLY_CORRUPT_NOTICE =
  'Part of your saved work for this page could not be read, so that part starts fresh and the rest is kept';

interface PageConfig {
  lesson: string;
  scenario: RegistryState;
}

/** Everything this module remembers between calls, in one place (reset by _resetForTests). */
interface StoreState {
  config: PageConfig | null;
  host: EngineHost | null;
  /** Resolves when the engine holds this page's session. */
  opened: Promise<void> | null;
  /** The engine's last committed snapshot: what a restarted engine is restored to. */
  snapshot: unknown;
  seq: number;
  queue: Promise<unknown>;
  unwatch: (() => void) | null;
  /** Set while Ctrl+C is ending a running command, so its caller reports an interrupt. */
  interrupting: boolean;
  /** A fresh engine being given the last committed state after one was ended; calls wait for it. */
  recovery: Promise<void> | null;
  makeHost: () => EngineHost;
}

const EMPTY_STORE: KeyValueStore = { length: 0, key: () => null, getItem: () => null } as unknown as KeyValueStore;

const fresh = (): StoreState => ({
  config: null,
  host: null,
  opened: null,
  snapshot: null,
  seq: 0,
  queue: Promise.resolve(),
  unwatch: null,
  interrupting: false,
  recovery: null,
  makeHost: pageHost,
});
let st: StoreState = fresh();

export function storageKey(lesson: string): string {
  return `${SESSION_KEY_PREFIX}${lesson}`;
}

/**
 * Bind the page's session to a lesson and its scenario (every island calls this with the same
 * props; only the first call does anything). Reads the stored session, if any, and starts the
 * engine when the page is idle, so the first Run finds it loaded and warm.
 */
export function configureSession(lesson: string, scenario: RegistryState): void {
  if (st.config) return;
  st.config = { lesson, scenario };
  $registry.set(scenario);
  adopt(load(storageKey(lesson), envelopeSchema), true);
  st.unwatch = watchKey(storageKey(lesson), (raw) => {
    // Another tab wrote (or cleared) this lesson's session: take its version.
    if (raw === null) return void freshStart(null);
    adopt(decode(raw, envelopeSchema), false);
  });
  whenIdle(warmUp);
}

function whenIdle(fn: () => void): void {
  if (typeof window === 'undefined') return;
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(fn, { timeout: 3000 });
  else setTimeout(fn, 200);
}

/** The page's `<script type="application/json" id="session-config">` ({lesson, scenario}). */
export function configureFromPage(): boolean {
  if (st.config || typeof document === 'undefined') return st.config !== null;
  const el = document.getElementById('session-config');
  if (!el?.textContent) return false;
  try {
    const data = JSON.parse(el.textContent) as { lesson?: unknown; scenario?: unknown };
    const scenario = registryStateSchema.safeParse(data.scenario);
    if (typeof data.lesson !== 'string' || !scenario.success) return false;
    configureSession(data.lesson, scenario.data);
    return true;
  } catch {
    return false;
  }
}

const PYTHON_ENDED =
  'The Python session ended when the page reloaded (its variables are gone; the registry is kept). Type python to start a new one.';

function adopt(loaded: ReturnType<typeof load<Envelope>>, initial: boolean): void {
  const config = st.config;
  if (!config) return;
  if (loaded.status === 'empty') return;
  if (loaded.status === 'corrupt' || loaded.value.lesson !== config.lesson) {
    if (initial) {
      setAside(storageKey(config.lesson));
      remove(storageKey(config.lesson));
      $notice.set(CORRUPT_NOTICE);
      freshStart(CORRUPT_NOTICE);
    }
    return;
  }
  const env = loaded.value;
  $registry.set(env.registry);
  $strict.set(env.strict);
  $history.set(env.history.slice(-MAX_HISTORY));
  // A Python REPL does not survive a reload (its variables are not stored; the engine restores
  // the shell), so the prompt says `$ ` at once and one line says what ended.
  const lines = env.lines.slice(-MAX_LINES);
  if (initial && env.mode === 'python') lines.push({ kind: 'info', text: PYTHON_ENDED });
  $mode.set('shell');
  $prompt.set('$ ');
  $lines.set(lines.slice(-MAX_LINES));
  st.snapshot = env.snapshot ?? null;
  // Rebuild a running engine from the other tab's snapshot.
  if (st.opened) void enqueue(() => openEngine());
}

function freshStart(notice: string | null): void {
  const config = st.config;
  if (!config) return;
  st.snapshot = null;
  $registry.set(config.scenario);
  $mode.set('shell');
  $prompt.set('$ ');
  $lines.set(notice ? [{ kind: 'info', text: notice }] : []);
  $history.set([]);
  if (st.opened) void enqueue(() => call({ op: 'reset', scenario: config.scenario, strict: $strict.get() }));
}

function host(): EngineHost {
  st.host ??= st.makeHost();
  return st.host;
}

/** Send one request and publish the session view it answers with (after any recovery under way). */
async function call<R extends EngineRequest>(request: R, limitMs?: number) {
  if (st.recovery) await st.recovery;
  return rawCall(request, limitMs);
}

async function rawCall<R extends EngineRequest>(request: R, limitMs?: number) {
  const answer = await host().call(request, limitMs);
  if (answer.view) applyView(answer.view);
  return answer.value;
}

function applyView(view: SessionView): void {
  if (view.registry && $registry.get() !== view.registry) $registry.set(view.registry);
  if ($mode.get() !== view.mode) $mode.set(view.mode);
  if ($prompt.get() !== view.prompt) $prompt.set(view.prompt);
  if ($strict.get() !== view.strict) $strict.set(view.strict);
  if ($foreground.get() !== view.foreground) $foreground.set(view.foreground);
  st.snapshot = view.snapshot;
}

/** Give the engine this page's session: the saved snapshot, else the stored or starting registry. */
async function openEngine(send: typeof call = call): Promise<void> {
  const config = st.config;
  const opened = await send({
    op: 'open',
    scenario: config ? $registry.get() : EMPTY_REGISTRY,
    snapshot: st.snapshot,
    strict: $strict.get(),
  });
  if (opened.restored === 'unreadable') $notice.set(CORRUPT_NOTICE);
  else if (opened.restored === 'partly') $notice.set(`${PARTLY_CORRUPT_NOTICE} (${opened.problems.join('; ')})`);
}

/**
 * Resolves when the engine holds the page's session (loading it on first call). Not queued: the
 * queued operations await it, and the host answers the open before anything sent after it.
 */
export function ensureSession(): Promise<void> {
  if (st.opened) return st.opened;
  // A button may be pressed before any island has hydrated: the page carries its config too.
  if (!st.config) configureFromPage();
  $engine.set('loading');
  const opened = openEngine().then(
    () => {
      $engine.set('ready');
    },
    (err: unknown) => {
      $engine.set('failed');
      st.opened = null;
      st.host?.restart();
      st.host = null;
      throw err;
    },
  );
  st.opened = opened;
  return opened;
}

/** Start the engine and warm it without waiting (page idle, or focus/hover: intent to use it). */
export function warmUp(): void {
  if (st.opened) return;
  void ensureSession()
    .then(() => host().call({ op: 'warm' }))
    .catch(() => {});
}

function currentEnvelope(): Envelope | null {
  const config = st.config;
  if (!config) return null;
  return boundedEnvelope({
    v: 1,
    lesson: config.lesson,
    savedAt: Date.now(),
    strict: $strict.get(),
    mode: $mode.get(),
    prompt: $prompt.get(),
    history: [...$history.get()],
    lines: [...$lines.get()],
    registry: $registry.get(),
    snapshot: st.snapshot,
  });
}

function persist(): void {
  const env = currentEnvelope();
  if (!env || !st.opened) return;
  const saved = save(storageKey(env.lesson), env);
  $saveProblem.set(saved ? null : 'refused');
}

/**
 * The progress export (the home page's format) with this page's session as it is now, not as
 * last stored: what the learner downloads when the browser refuses to save.
 */
export async function exportWithThisPage(now: Date): Promise<{ name: string; text: string }> {
  const { exportFileName, makeExport, readHoldings } = await import('./progress-transfer.ts');
  const holdings = readHoldings(browserStore() ?? EMPTY_STORE);
  const env = currentEnvelope();
  const sessions = env ? { ...holdings.sessions, [env.lesson]: env } : holdings.sessions;
  return { name: exportFileName(now), text: JSON.stringify(makeExport({ ...holdings, sessions }, now), null, 2) };
}

function appendLines(lines: readonly TermLine[]): void {
  const all = [...$lines.get(), ...lines];
  $lines.set(all.length > MAX_LINES ? all.slice(-MAX_LINES) : all);
}

/** Run operations one after another, whatever island asked, in the order asked. */
function enqueue<T>(op: () => Promise<T>): Promise<T> {
  const next = st.queue.then(op, op);
  st.queue = next.catch(() => undefined);
  return next;
}

function publish(result: RunResult): void {
  st.seq += 1;
  if (result.clear) $lines.set([]);
  // A write may hold several lines (or end with a newline): the screen shows one row per line.
  const out: TermLine[] = result.lines.flatMap((l) =>
    l.text
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => (l.tone ? { kind: l.stream, text, tone: l.tone } : { kind: l.stream, text })),
  );
  appendLines(out);
  $lastRun.set({
    seq: st.seq,
    prompt: result.prompt,
    input: result.input,
    lines: result.lines,
    exitCode: result.exitCode,
  });
  if (result.changes.length > 0) $lastChanges.set({ seq: st.seq, changes: result.changes });
}

function remember(input: string): void {
  const trimmed = input.trim();
  if (trimmed === '') return;
  const history = $history.get();
  if (history[history.length - 1] === input) return;
  $history.set([...history, input].slice(-MAX_HISTORY));
}

/**
 * Run a request that may compute for long. If the engine is ended under it (its time limit, or
 * Ctrl+C), a fresh engine gets the last committed state and `ended` says what the learner sees.
 */
async function guarded<T>(run: () => Promise<T>, ended: (why: 'timeout' | 'interrupt', mode: 'shell' | 'python') => T) {
  const mode = $mode.get();
  $busy.set(true);
  try {
    return await run();
  } catch (error) {
    const why = st.interrupting ? 'interrupt' : error instanceof EngineTimeout ? 'timeout' : null;
    if (why === null) throw error;
    st.interrupting = false;
    // The learner hears at once; the fresh engine gets the committed state before the next call.
    // The REPL's variables lived in the ended engine; the learner is put back at `>>> ` all the same.
    const recovery = (async () => {
      await openEngine(rawCall);
      if (mode === 'python') await rawCall({ op: 'run', line: 'python' });
    })();
    const settled: Promise<void> = recovery
      .catch(() => {
        // The next call meets the same failure and reports it.
      })
      .finally(() => {
        if (st.recovery === settled) st.recovery = null;
      });
    st.recovery = settled;
    return ended(why, mode);
  } finally {
    $busy.set(false);
  }
}

/** Run one terminal line, exactly as if typed. */
export function runLine(input: string): Promise<RunResult> {
  return enqueue(async () => {
    await ensureSession();
    const prompt = $prompt.get();
    appendLines([{ kind: 'input', prompt, text: input }]);
    remember(input);
    const result = await guarded(
      () => call({ op: 'run', line: input }, ENGINE_LIMIT_MS),
      (why, mode) => (why === 'timeout' ? timedOutRun(prompt, input, mode) : interruptedRun(prompt, input, mode)),
    );
    publish(result);
    if (result.reset) afterReset();
    persist();
    return result;
  });
}

/** A multi-line paste or a lesson block: each line runs in turn. */
export async function runLines(lines: readonly string[]): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const line of lines) results.push(await runLine(line));
  return results;
}

function control(op: 'interrupt' | 'eof', echo: string): Promise<RunResult> {
  return enqueue(async () => {
    await ensureSession();
    appendLines([{ kind: 'input', prompt: $prompt.get(), text: echo }]);
    const raw = await call({ op }, ENGINE_LIMIT_MS);
    // The shell prints its own "^C" line; the echo above already shows it after the typed text.
    const first = raw.lines[0];
    const result =
      first && first.stream === 'stdout' && first.text === '^C' ? { ...raw, lines: raw.lines.slice(1) } : raw;
    publish(result);
    persist();
    return result;
  });
}

/**
 * Ctrl+C: end a command that is still computing (the engine is restarted from the last committed
 * state, as a real process dies on SIGINT), else abandon the current line or pending Python block.
 */
export function interrupt(partial: string): Promise<RunResult> {
  if ($busy.get() && st.host) {
    st.interrupting = true;
    st.host.restart();
    const ended: RunResult = {
      prompt: $prompt.get(),
      input: '',
      lines: [],
      exitCode: 130,
      changes: [],
      clear: false,
      reset: false,
      failed: true,
    };
    return st.queue.then(() => ended);
  }
  return control('interrupt', `${partial}^C`);
}

/** Ctrl+D: leave the Python REPL (or nothing in the shell). */
export function eof(): Promise<RunResult> {
  return control('eof', '');
}

/** Ctrl+L / the Clear button: empty the screen, keep the state. */
export function clearScreen(): void {
  $lines.set([]);
  persist();
}

export function complete(line: string, cursor: number): Promise<{ from: number; candidates: string[] }> {
  return ensureSession().then(() => call({ op: 'complete', line, cursor }));
}

/** The editor's live syntax check, computed by the engine off the page's thread. */
export function checkPython(source: string): Promise<EditorDiagnostic[]> {
  return ensureSession().then(() => call({ op: 'check', source }));
}

export function setStrict(strict: boolean): Promise<void> {
  $strict.set(strict);
  return enqueue(async () => {
    await ensureSession();
    await call({ op: 'strict', strict });
    appendLines([
      {
        kind: 'info',
        text: strict
          ? 'Real MLflow mode: the terminal now answers exactly like MLflow 3.x (no course shorthand).'
          : 'Course mode: the course shorthand commands are available again.',
      },
    ]);
    persist();
  });
}

const RESET_LINE = 'Session reset: the registry is back to the lesson’s starting state.';

/** What every reset shares, the button's and the `reset` command's: the notice goes, labs restart. */
function afterReset(): void {
  $notice.set(null);
  st.seq += 1;
  $lastChanges.set({ seq: st.seq, changes: [] });
  $resets.set($resets.get() + 1);
}

/**
 * Reset (the button, or a lab's Reset lab): the engine's one reset, the same as typing `reset`
 * (the starting registry, no servers, shell mode, exported variables gone, the course notes shown
 * again), with an empty screen. History stays.
 */
export function resetSession(): Promise<void> {
  return enqueue(async () => {
    await ensureSession();
    await call({ op: 'reset', scenario: st.config?.scenario ?? EMPTY_REGISTRY, strict: $strict.get() });
    $lines.set([{ kind: 'info', text: RESET_LINE }]);
    afterReset();
    persist();
  });
}

/** Run a Python program (a lesson's code example or the editor) in the page's session. */
export function runPython(source: string, filename = '<stdin>'): Promise<PythonRunOutcome> {
  return enqueue(async () => {
    await ensureSession();
    const result = await guarded(
      () => call({ op: 'python', source, filename }, ENGINE_LIMIT_MS),
      (why) => timedOutPython(why),
    );
    st.seq += 1;
    if (result.changes.length > 0) $lastChanges.set({ seq: st.seq, changes: result.changes });
    persist();
    return result;
  });
}

export function dismissNotice(): void {
  $notice.set(null);
}

/** The last `count` commands as `$ ` transcript text (what "Copy as transcript" copies). */
export function transcriptText(lines: readonly TermLine[], count = 20): string {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (l.kind === 'input') starts.push(i);
  });
  const from = starts.length > count ? (starts[starts.length - count] ?? 0) : 0;
  return lines
    .slice(from)
    .filter((l) => l.kind !== 'info')
    .map((l) => (l.kind === 'input' ? `${l.prompt ?? '$ '}${l.text}` : l.text))
    .join('\n');
}

/** Plain text of the whole screen (what "Copy output" copies). */
export function screenText(lines: readonly TermLine[]): string {
  return lines.map((l) => (l.kind === 'input' ? `${l.prompt ?? ''}${l.text}` : l.text)).join('\n');
}

/** For tests: forget the page binding; `makeHost` replaces the engine (a fake worker). */
export function _resetForTests(makeHost?: () => EngineHost): void {
  st.unwatch?.();
  st.host?.restart();
  st = fresh();
  if (makeHost) st.makeHost = makeHost;
  $registry.set(EMPTY_REGISTRY);
  $lines.set([]);
  $history.set([]);
  $notice.set(null);
  $mode.set('shell');
  $prompt.set('$ ');
  $strict.set(false);
  $engine.set('idle');
  $foreground.set(false);
  $busy.set(false);
  $resets.set(0);
  $saveProblem.set(null);
}
