// The page's side of the engine: a module worker in the browser, the same core in-process where
// there is none (Node tests). Calls are answered in order. A call given a time limit that the
// worker does not answer in time (a native loop the interpreter's own clock cannot interrupt) is
// ended by terminating the worker; the caller then restores the last committed state into a
// fresh one (../session.ts). The limit counts from when the worker starts on the call, not from
// when it was queued behind a boot or an earlier call.
import type { Answer, EngineAnswer, EngineCall, EngineMessage, EngineRequest } from './protocol.ts';

/** The call ran past its limit and the engine was ended. */
export class EngineTimeout extends Error {
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`the engine did not answer within ${limitMs} ms`);
    this.limitMs = limitMs;
  }
}

/** The engine could not be started (its script failed to load) or was ended under this call. */
export class EngineLost extends Error {}

export interface EngineHost {
  call<R extends EngineRequest>(request: R, limitMs?: number): Promise<Answer<R>>;
  /** End the engine now (pending calls fail with EngineLost); the next call starts a new one. */
  restart(): void;
}

interface Pending {
  readonly call: EngineCall;
  readonly limitMs: number | undefined;
  readonly resolve: (a: EngineAnswer) => void;
  readonly reject: (e: Error) => void;
}

/** What the host needs from a Worker (a fake in tests). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<EngineMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: EngineCall): void;
  terminate(): void;
}

export function workerHost(spawn: () => WorkerLike): EngineHost {
  let worker: WorkerLike | null = null;
  let ready = false;
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending: Pending[] = [];

  function armHead(): void {
    clearTimeout(timer);
    const head = pending[0];
    if (!ready || !head || head.limitMs === undefined) return;
    const limit = head.limitMs;
    timer = setTimeout(() => {
      pending.shift();
      end();
      head.reject(new EngineTimeout(limit));
      failAll(() => new EngineLost('the engine was restarted'));
    }, limit);
  }

  function failAll(error: () => Error): void {
    for (const p of pending.splice(0)) p.reject(error());
  }

  function end(): void {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    ready = false;
  }

  function start(): WorkerLike {
    const w = spawn();
    w.onmessage = (e) => {
      if (w !== worker) return;
      const message = e.data;
      if ('ready' in message) {
        ready = true;
        armHead();
        return;
      }
      const i = pending.findIndex((p) => p.call.id === message.id);
      if (i < 0) return;
      const [p] = pending.splice(i, 1);
      p?.resolve(message);
      armHead();
    };
    w.onerror = () => {
      if (w !== worker) return;
      end();
      failAll(() => new EngineLost('the simulator could not be loaded'));
    };
    return w;
  }

  return {
    call<R extends EngineRequest>(request: R, limitMs?: number): Promise<Answer<R>> {
      worker ??= start();
      const call: EngineCall = { id: nextId++, request };
      const w = worker;
      return new Promise<EngineAnswer>((resolve, reject) => {
        pending.push({ call, limitMs, resolve, reject });
        if (pending.length === 1) armHead();
        w.postMessage(call);
      }).then(unwrap<R>);
    },
    restart(): void {
      end();
      failAll(() => new EngineLost('the engine was restarted'));
    },
  };
}

/** The same core on this thread: no time limit beyond the interpreter's own clock. */
export function inProcessHost(): EngineHost {
  let core: Promise<import('./core.ts').EngineCore> | null = null;
  let nextId = 1;
  return {
    async call<R extends EngineRequest>(request: R): Promise<Answer<R>> {
      core ??= import('./core.ts').then((m) => new m.EngineCore());
      const c = await core;
      return unwrap<R>(c.answer({ id: nextId++, request }));
    },
    restart(): void {
      core = null;
    },
  };
}

function unwrap<R extends EngineRequest>(a: EngineAnswer): Answer<R> {
  if (!a.ok) throw new Error(a.message);
  return { value: a.value as Answer<R>['value'], view: a.view };
}

/** The browser's module worker when there is one, else in-process. */
export function pageHost(): EngineHost {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return inProcessHost();
  return workerHost(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'mlflow-engine' }),
  );
}
