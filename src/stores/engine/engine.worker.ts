// The page's engine in a dedicated module worker: learner code runs here, so a snippet that
// computes for seconds never blocks the page, and one that never returns is ended by the page
// terminating this worker (./host.ts).
import { EngineCore } from './core.ts';
import type { EngineCall, EngineMessage } from './protocol.ts';

const core = new EngineCore();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineCall>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (e) => scope.postMessage(core.answer(e.data) satisfies EngineMessage);
// Modules are loaded: from now on a call's time limit counts its own work only.
scope.postMessage({ ready: true } satisfies EngineMessage);
