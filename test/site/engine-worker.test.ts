// The page's engine behind its worker protocol, with a fake worker that runs the real engine core
// but never answers a line that holds `HANG` (a native call the interpreter's clock cannot stop):
// the page ends it at its limit, prints the tool's own message, and carries on from the last
// committed state in a fresh engine; Ctrl+C ends a running command the same way.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { STAGES_LESSON_SCENARIO, buildScenario } from '../../src/engine/registry/scenario.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import { EngineCore } from '../../src/stores/engine/core.ts';
import { workerHost, type WorkerLike } from '../../src/stores/engine/host.ts';
import type { EngineCall, EngineMessage } from '../../src/stores/engine/protocol.ts';
import { PYTHON_TIMEOUT } from '../../src/stores/engine/timeouts.ts';
import {
  $busy,
  $lines,
  $mode,
  $registry,
  ENGINE_LIMIT_MS,
  _resetForTests,
  configureSession,
  interrupt,
  runLine,
  runPython,
} from '../../src/stores/session.ts';
import { installMemoryStorage } from './memory-storage.ts';

const storage = installMemoryStorage();
const scenario = buildScenario(STAGES_LESSON_SCENARIO, deterministicSources());
let spawned = 0;

class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<EngineMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private core = new EngineCore();
  private alive = true;
  constructor() {
    spawned += 1;
    queueMicrotask(() => this.send({ ready: true }));
  }
  postMessage(call: EngineCall): void {
    const r = call.request;
    const hangs = (r.op === 'run' && r.line.includes('HANG')) || (r.op === 'python' && r.source.includes('HANG'));
    if (hangs) return;
    const answer = structuredClone(this.core.answer(call));
    queueMicrotask(() => this.send(answer));
  }
  terminate(): void {
    this.alive = false;
  }
  private send(data: EngineMessage): void {
    if (this.alive) this.onmessage?.({ data } as MessageEvent<EngineMessage>);
  }
}

const stageOf = (v: number): string | undefined => $registry.get().models['my-model']?.versions[v - 1]?.currentStage;
const texts = (): string[] => $lines.get().map((l) => l.text);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  storage.clear();
  spawned = 0;
  _resetForTests(() => workerHost(() => new FakeWorker()));
  configureSession('model-stages', scenario);
});
afterEach(() => vi.useRealTimers());

async function settle<T>(p: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(ENGINE_LIMIT_MS + 10);
  return p;
}

test('a shell command that never returns is ended at the limit: bash says Killed, exit 137, state kept', async () => {
  await runLine('mlflow models transition-stage --model-name my-model --version 1 --stage Production');
  const r = await settle(runLine('curl HANG'));
  expect([r.lines, r.exitCode]).toEqual([[{ stream: 'stderr', text: 'Killed' }], 137]);
  expect(spawned).toBe(2);
  expect(stageOf(1)).toBe('Production');
  // The fresh engine has the committed state: the transition is there, the terminal answers.
  const after = await runLine('mlflow models transition-stage --model-name my-model --version 2 --stage Staging');
  expect(after.exitCode).toBe(0);
  expect([stageOf(1), stageOf(2)]).toEqual(['Production', 'Staging']);
});

test('python -c that never returns ends in the TimeoutError the interpreter itself prints', async () => {
  const r = await settle(runLine('python -c "HANG"'));
  expect([r.lines, r.exitCode]).toEqual([[{ stream: 'stderr', text: PYTHON_TIMEOUT }], 1]);
  expect(texts()).toContain(PYTHON_TIMEOUT);
});

test('in the Python REPL the learner is put back at >>> after a timeout', async () => {
  await runLine('python');
  const r = await settle(runLine('HANG'));
  expect(r.lines).toEqual([{ stream: 'stderr', text: PYTHON_TIMEOUT }]);
  expect($mode.get()).toBe('python');
  expect((await runLine('print(6 * 7)')).lines).toEqual([{ stream: 'stdout', text: '42' }]);
});

test('a lesson Run that never returns gives its TimeoutError and leaves the registry as committed', async () => {
  const out = await settle(runPython('HANG', 'ex.py'));
  expect(out).toEqual({
    stdout: '',
    stderr: `${PYTHON_TIMEOUT}\n`,
    output: [{ stream: 'stderr', text: PYTHON_TIMEOUT }],
    exitCode: 1,
    changes: [],
  });
  expect(stageOf(3)).toBe('None');
});

test('Ctrl+C while a command computes ends it at once (KeyboardInterrupt), and nothing else is lost', async () => {
  await runLine('export MLFLOW_PORT=5005');
  const running = runLine('python -c "HANG"');
  await vi.advanceTimersByTimeAsync(100);
  expect($busy.get()).toBe(true);
  await interrupt('');
  const r = await running;
  expect([r.lines, r.exitCode]).toEqual([[{ stream: 'stderr', text: 'KeyboardInterrupt' }], 130]);
  expect((await runLine('echo $MLFLOW_PORT')).lines).toEqual([{ stream: 'stdout', text: '5005' }]);
});

test('the time limit counts from when the engine starts on a command, not while it boots', async () => {
  // Nothing answers until ready; a command queued at boot still gets its whole limit.
  const r = await runLine('echo booted');
  expect(r.lines).toEqual([{ stream: 'stdout', text: 'booted' }]);
  expect(spawned).toBe(1);
});
