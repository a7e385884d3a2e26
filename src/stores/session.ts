// The one simulation session of a page, shared by every island (terminal, board, examples,
// editor). Islands import this module; Vite gives them one instance, so they all see the same
// atoms. The engine itself (shell, Python interpreter, mlflow module) is imported only on
// first need, so a lesson page paints and hydrates without it: the board draws from the
// build-time scenario state or the stored snapshot, which are plain data.
//
// Persistence: one JSON document per lesson under `mlflow-academy:v1:session:<lesson>`,
// validated with zod on read. Unreadable or foreign data gives a fresh start and a visible
// notice. Another tab's write (the `storage` event) is re-read and adopted: last write wins.
import { atom } from 'nanostores';
import type { Change } from '../engine/registry/result.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import { EMPTY_REGISTRY } from '../engine/registry/types.ts';
import type { RunResult, Session } from '../engine/session.ts';
import { liveSources } from '../engine/sources.ts';
import { registryStateSchema } from './registry-schema.ts';
import { SESSION_KEY_PREFIX, envelopeSchema, type Envelope } from './session-schema.ts';
import { decode, load, remove, save, watchKey } from './storage.ts';

export type LineKind = 'input' | 'stdout' | 'stderr' | 'info';
export interface TermLine {
  readonly kind: LineKind;
  readonly text: string;
  /** For `input` lines: the prompt shown before it (`$ `, `>>> `, `... `). */
  readonly prompt?: string;
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

export interface PythonRunOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly changes: readonly Change[];
}

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

const MAX_LINES = 400;
const MAX_HISTORY = 200;

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
/**
 * How many times this page's session has been Reset (the terminal's button or a lab's Reset lab).
 * A lab listens to it, so any Reset starts a new attempt: the commands-versus-par count is 0 again.
 */
export const $resets = atom<number>(0);

export { envelopeSchema, type Envelope };

export const CORRUPT_NOTICE =
  'Your saved work for this page could not be read (it was damaged or written by another version of the site), so the simulation starts fresh.';

interface PageConfig {
  lesson: string;
  scenario: RegistryState;
}

let config: PageConfig | null = null;
let session: Session | null = null;
let sessionPromise: Promise<Session> | null = null;
let savedSnapshot: unknown = null;
let seq = 0;
let queue: Promise<unknown> = Promise.resolve();
let unwatch: (() => void) | null = null;
let unsubscribeSession: (() => void) | null = null;

export function storageKey(lesson: string): string {
  return `${SESSION_KEY_PREFIX}${lesson}`;
}

/**
 * Bind the page's session to a lesson and its scenario (every island calls this with the same
 * props; only the first call does anything). Reads the stored session, if any.
 */
export function configureSession(lesson: string, scenario: RegistryState): void {
  if (config) return;
  config = { lesson, scenario };
  $registry.set(scenario);
  adopt(load(storageKey(lesson), envelopeSchema), true);
  unwatch = watchKey(storageKey(lesson), (raw) => {
    // Another tab wrote (or cleared) this lesson's session: take its version.
    if (raw === null) return void freshStart(null);
    adopt(decode(raw, envelopeSchema), false);
  });
}

/** The page's `<script type="application/json" id="session-config">` ({lesson, scenario}). */
export function configureFromPage(): boolean {
  if (config || typeof document === 'undefined') return config !== null;
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
  if (!config) return;
  if (loaded.status === 'empty') return;
  if (loaded.status === 'corrupt' || loaded.value.lesson !== config.lesson) {
    if (initial) {
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
  if (env.mode === 'python') lines.push({ kind: 'info', text: PYTHON_ENDED });
  $mode.set('shell');
  $prompt.set('$ ');
  $lines.set(lines.slice(-MAX_LINES));
  savedSnapshot = env.snapshot ?? null;
  if (session) {
    // Rebuild the live engine from the other tab's snapshot.
    const scenario = env.registry;
    void loadEngine().then((engine) => {
      session = restoreOrCreate(engine, env.snapshot, scenario, env.strict);
      bindSession(session);
    });
  }
}

function freshStart(notice: string | null): void {
  if (!config) return;
  savedSnapshot = null;
  $registry.set(config.scenario);
  $mode.set('shell');
  $prompt.set('$ ');
  $lines.set(notice ? [{ kind: 'info', text: notice }] : []);
  $history.set([]);
  if (session) session.reset();
}

type SessionModule = typeof import('../engine/session.ts');
type SessionSnapshot = import('../engine/session.ts').SessionSnapshot;
type PythonRuntime = import('../engine/session.ts').PythonRuntime;

/** The engine: the session (shell, registry) and the Python interpreter, fetched together on first need. */
interface Engine {
  readonly mod: SessionModule;
  readonly python: PythonRuntime;
}

let enginePromise: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  enginePromise ??= Promise.all([import('../engine/session.ts'), import('../engine/python/index.ts')]).then(
    ([mod, python]) => ({ mod, python: python as PythonRuntime }),
  );
  return enginePromise;
}

function restoreOrCreate(engine: Engine, snapshot: unknown, registry: RegistryState, strict: boolean): Session {
  const opts = { strict, sources: liveSources(), python: engine.python };
  if (snapshot !== null && snapshot !== undefined) {
    try {
      // The snapshot passed our envelope check but its inner shape belongs to the engine:
      // restore checks it and throws on one it cannot read; the stored registry still counts.
      return engine.mod.Session.restore(snapshot as SessionSnapshot, opts);
    } catch {
      $notice.set(CORRUPT_NOTICE);
    }
  }
  return new engine.mod.Session({ ...opts, scenario: registry });
}

function bindSession(s: Session): void {
  unsubscribeSession?.();
  syncFromSession(s);
  unsubscribeSession = s.subscribe(() => syncFromSession(s));
}

function syncFromSession(s: Session): void {
  if ($registry.get() !== s.registry) $registry.set(s.registry);
  if ($mode.get() !== s.mode) $mode.set(s.mode);
  if ($prompt.get() !== s.prompt) $prompt.set(s.prompt);
  if ($strict.get() !== s.strict) $strict.set(s.strict);
  const foreground = s.servers.some((server) => server.foreground);
  if ($foreground.get() !== foreground) $foreground.set(foreground);
}

/** The page's engine session, loading the engine on first call. */
export function ensureSession(): Promise<Session> {
  if (session) return Promise.resolve(session);
  if (sessionPromise) return sessionPromise;
  // A button may be pressed before any island has hydrated: the page carries its config too.
  if (!config) configureFromPage();
  const cfg = config ?? { lesson: 'sandbox', scenario: EMPTY_REGISTRY };
  $engine.set('loading');
  sessionPromise = loadEngine()
    .then((engine) => {
      session = restoreOrCreate(engine, savedSnapshot, config ? $registry.get() : cfg.scenario, $strict.get());
      bindSession(session);
      $engine.set('ready');
      return session;
    })
    .catch((err: unknown) => {
      $engine.set('failed');
      sessionPromise = null;
      enginePromise = null;
      throw err;
    });
  return sessionPromise;
}

/** Start loading the engine without waiting (on focus or hover: intent to use it). */
export function warmUp(): void {
  void ensureSession().catch(() => {});
}

function persist(): void {
  if (!config || !session) return;
  let snapshot: unknown = null;
  try {
    snapshot = session.snapshot();
  } catch {
    snapshot = null;
  }
  const env: Envelope = {
    v: 1,
    lesson: config.lesson,
    savedAt: Date.now(),
    strict: $strict.get(),
    mode: $mode.get(),
    prompt: $prompt.get(),
    history: [...$history.get()],
    lines: [...$lines.get()],
    registry: $registry.get(),
    snapshot,
  };
  save(storageKey(config.lesson), env);
}

function appendLines(lines: readonly TermLine[]): void {
  const all = [...$lines.get(), ...lines];
  $lines.set(all.length > MAX_LINES ? all.slice(-MAX_LINES) : all);
}

/** Run operations one after another, whatever island asked, in the order asked. */
function enqueue<T>(op: () => Promise<T>): Promise<T> {
  const next = queue.then(op, op);
  queue = next.catch(() => undefined);
  return next;
}

function publish(result: RunResult): void {
  seq += 1;
  if (result.clear) $lines.set([]);
  // A write may hold several lines (or end with a newline): the screen shows one row per line.
  const out: TermLine[] = result.lines.flatMap((l) =>
    l.text
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind: l.stream, text })),
  );
  appendLines(out);
  $lastRun.set({ seq, prompt: result.prompt, input: result.input, lines: result.lines, exitCode: result.exitCode });
  if (result.changes.length > 0) $lastChanges.set({ seq, changes: result.changes });
}

function remember(input: string): void {
  const trimmed = input.trim();
  if (trimmed === '') return;
  const history = $history.get();
  if (history[history.length - 1] === input) return;
  $history.set([...history, input].slice(-MAX_HISTORY));
}

/** Run one terminal line, exactly as if typed. */
export function runLine(input: string): Promise<RunResult> {
  return enqueue(async () => {
    const s = await ensureSession();
    const prompt = s.prompt;
    appendLines([{ kind: 'input', prompt, text: input }]);
    remember(input);
    const result = s.run(input);
    publish(result);
    syncFromSession(s);
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

function control(op: (s: Session) => RunResult, echo: string): Promise<RunResult> {
  return enqueue(async () => {
    const s = await ensureSession();
    const prompt = s.prompt;
    appendLines([{ kind: 'input', prompt, text: echo }]);
    const raw = op(s);
    // The shell prints its own "^C" line; the echo above already shows it after the typed text.
    const first = raw.lines[0];
    const result =
      first && first.stream === 'stdout' && first.text === '^C' ? { ...raw, lines: raw.lines.slice(1) } : raw;
    publish(result);
    syncFromSession(s);
    persist();
    return result;
  });
}

/** Ctrl+C: abandon the current line (or a pending Python block). */
export function interrupt(partial: string): Promise<RunResult> {
  return control((s) => s.interrupt(), `${partial}^C`);
}

/** Ctrl+D: leave the Python REPL (or nothing in the shell). */
export function eof(): Promise<RunResult> {
  return control((s) => s.eof(), '');
}

/** Ctrl+L / the Clear button: empty the screen, keep the state. */
export function clearScreen(): void {
  $lines.set([]);
  persist();
}

export function complete(line: string, cursor: number): Promise<{ from: number; candidates: string[] }> {
  return ensureSession().then((s) => s.complete(line, cursor));
}

export function setStrict(strict: boolean): Promise<void> {
  $strict.set(strict);
  return enqueue(async () => {
    const s = await ensureSession();
    s.strict = strict;
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

/**
 * Reset: back to the lesson's starting registry, empty screen, shell mode. History stays.
 * A new engine session rather than `reset()` on the old one: the engine's reset keeps what the
 * shell remembers per session (such as which shorthand notes it has already printed), so the
 * lesson's first transcript, which shows the note, could never match again after a Reset.
 */
export function resetSession(): Promise<void> {
  return enqueue(async () => {
    const old = await ensureSession();
    const engine = await loadEngine();
    const before = $registry.get();
    let s = old;
    if (config) {
      s = new engine.mod.Session({
        strict: $strict.get(),
        sources: liveSources(),
        python: engine.python,
        scenario: config.scenario,
      });
      session = s;
      bindSession(s);
    } else {
      old.reset();
    }
    s.strict = $strict.get();
    $notice.set(null);
    $lines.set([{ kind: 'info', text: 'Session reset: the registry is back to the lesson’s starting state.' }]);
    syncFromSession(s);
    seq += 1;
    if (before !== s.registry) $lastChanges.set({ seq, changes: [] });
    persist();
    $resets.set($resets.get() + 1);
  });
}

/** Run a Python program (a lesson's code example or the editor) in the page's session. */
export function runPython(source: string, filename = '<stdin>'): Promise<PythonRunOutcome> {
  return enqueue(async () => {
    const s = await ensureSession();
    const result = s.runPython(source, filename);
    seq += 1;
    if (result.changes.length > 0) $lastChanges.set({ seq, changes: result.changes });
    syncFromSession(s);
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

/** For tests: forget the page binding. */
export function _resetForTests(): void {
  unwatch?.();
  unsubscribeSession?.();
  config = null;
  session = null;
  sessionPromise = null;
  enginePromise = null;
  savedSnapshot = null;
  unwatch = null;
  unsubscribeSession = null;
  queue = Promise.resolve();
  $registry.set(EMPTY_REGISTRY);
  $lines.set([]);
  $history.set([]);
  $notice.set(null);
  $mode.set('shell');
  $prompt.set('$ ');
  $strict.set(false);
  $engine.set('idle');
  $foreground.set(false);
  $resets.set(0);
}
