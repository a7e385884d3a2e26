// The one message protocol between the page and the engine (running in a Web Worker in the
// browser, in-process in Node tests): commands in, output, registry snapshots and changes out.
// Both sides import these types, so a request and its answer cannot drift apart.
import type { Change } from '../../engine/registry/result.ts';
import type { RegistryState } from '../../engine/registry/types.ts';
import type { OutputLine, RunResult } from '../../engine/session.ts';

export interface PythonRunOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** Both streams in the order written: what the page shows and checks (as check:content does). */
  readonly output: readonly OutputLine[];
  readonly exitCode: number;
  readonly changes: readonly Change[];
}

export interface EditorDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** Start (or restart) the session: from a saved snapshot when it can be read, else the scenario. */
export interface OpenRequest {
  readonly op: 'open';
  readonly scenario: RegistryState;
  /** The engine's own snapshot (Session.snapshot()), or null for a fresh start. */
  readonly snapshot: unknown;
  readonly strict: boolean;
}

export type EngineRequest =
  | OpenRequest
  | { readonly op: 'reset'; readonly scenario: RegistryState; readonly strict: boolean }
  | { readonly op: 'run'; readonly line: string }
  | { readonly op: 'interrupt' }
  | { readonly op: 'eof' }
  | { readonly op: 'python'; readonly source: string; readonly filename: string }
  | { readonly op: 'strict'; readonly strict: boolean }
  | { readonly op: 'complete'; readonly line: string; readonly cursor: number }
  | { readonly op: 'check'; readonly source: string }
  | { readonly op: 'warm' };

export type EngineOp = EngineRequest['op'];

/** What each request answers. */
export interface EngineValues {
  /**
   * `unreadable`: the snapshot failed the engine's schema, so the session started from the stored
   * registry; `partly`: the parts named in `problems` started clean, the rest was kept.
   */
  open: { readonly restored: 'fresh' | 'restored' | 'partly' | 'unreadable'; readonly problems: readonly string[] };
  reset: null;
  run: RunResult;
  interrupt: RunResult;
  eof: RunResult;
  python: PythonRunOutcome;
  strict: null;
  complete: { readonly from: number; readonly candidates: string[] };
  check: EditorDiagnostic[];
  warm: null;
}

/** The session as the page shows it, after a request. */
export interface SessionView {
  readonly mode: 'shell' | 'python';
  readonly prompt: string;
  readonly strict: boolean;
  /** A `mlflow models serve` without `&` is running. */
  readonly foreground: boolean;
  /** Present only when the registry changed since the previous answer (it is the biggest part). */
  readonly registry?: RegistryState;
  /** The engine's snapshot, the state a restarted worker is restored to. */
  readonly snapshot: unknown;
}

export interface EngineCall {
  readonly id: number;
  readonly request: EngineRequest;
}

export type EngineAnswer =
  | { readonly id: number; readonly ok: true; readonly value: unknown; readonly view: SessionView | null }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** What the worker posts: `ready` once its modules are loaded, then one answer per call. */
export type EngineMessage = { readonly ready: true } | EngineAnswer;

export interface Answer<R extends EngineRequest> {
  readonly value: EngineValues[R['op']];
  /** Null for requests that change nothing (complete, check, warm). */
  readonly view: SessionView | null;
}
