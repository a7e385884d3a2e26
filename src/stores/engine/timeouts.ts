// What the learner sees when the page ended the engine under a command: its time limit passed
// (a native call the interpreter's clock could not interrupt), or Ctrl+C while it computed.
// Python's words for Python, bash's for any other program (a killed process: `Killed`, 137).
import type { RunResult } from '../../engine/session.ts';
import type { PythonRunOutcome } from './protocol.ts';

/** The interpreter's wall-clock limit (src/engine/python/interpreter.ts DEFAULT_LIMITS.seconds). */
export const ENGINE_SECONDS = 2;

export const PYTHON_TIMEOUT = `TimeoutError: the snippet ran for too long (more than ${ENGINE_SECONDS} seconds); is there an infinite loop?`;

const isPython = (input: string, mode: 'shell' | 'python'): boolean =>
  mode === 'python' || /^\s*(?:\w+=\S*\s+)*python3?(?:\s|$)/.test(input);

function result(prompt: string, input: string, lines: RunResult['lines'], exitCode: number): RunResult {
  return { prompt, input, lines, exitCode, changes: [], clear: false, reset: false, failed: true };
}

export function timedOutRun(prompt: string, input: string, mode: 'shell' | 'python'): RunResult {
  if (isPython(input, mode))
    return result(prompt, input, [{ stream: 'stderr', text: PYTHON_TIMEOUT }], mode === 'python' ? 0 : 1);
  return result(prompt, input, [{ stream: 'stderr', text: 'Killed' }], 137);
}

export function interruptedRun(prompt: string, input: string, mode: 'shell' | 'python'): RunResult {
  // A Python program stopped by SIGINT dies with KeyboardInterrupt; bash reports 130 (128 + 2).
  if (isPython(input, mode))
    return result(prompt, input, [{ stream: 'stderr', text: 'KeyboardInterrupt' }], mode === 'python' ? 0 : 130);
  return result(prompt, input, [], 130);
}

export function timedOutPython(why: 'timeout' | 'interrupt'): PythonRunOutcome {
  const text = why === 'timeout' ? PYTHON_TIMEOUT : 'KeyboardInterrupt';
  return { stdout: '', stderr: `${text}\n`, output: [{ stream: 'stderr', text }], exitCode: 1, changes: [] };
}
