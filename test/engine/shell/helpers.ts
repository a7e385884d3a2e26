// Small helpers for shell tests: a session on the stages lesson's registry, and output as text.
import { buildScenario, STAGES_LESSON_SCENARIO } from '../../../src/engine/registry/index.ts';
import { Session, type RunResult, type SessionOptions } from '../../../src/engine/session.ts';
import { deterministicSources } from '../../../src/engine/sources.ts';

/** A session whose registry has `my-model` v1-v3 (all stage None), deterministic sources. */
export function lessonSession(opts: SessionOptions = {}): Session {
  const sources = opts.sources ?? deterministicSources();
  return new Session({ scenario: buildScenario(STAGES_LESSON_SCENARIO, sources), sources, ...opts });
}

export const stdout = (r: RunResult): string =>
  r.lines
    .filter((l) => l.stream === 'stdout')
    .map((l) => l.text + '\n')
    .join('');
export const stderr = (r: RunResult): string =>
  r.lines
    .filter((l) => l.stream === 'stderr')
    .map((l) => l.text + '\n')
    .join('');

/** Run several lines, return the last result. */
export function runAll(session: Session, lines: readonly string[]): RunResult {
  let last: RunResult | undefined;
  for (const line of lines) last = session.run(line);
  if (!last) throw new Error('no lines');
  return last;
}
