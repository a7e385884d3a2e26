// Prove an answer key by simulation: run each option (or the question's snippet) from a fresh
// session built from the question's scenario and compare with what the key claims.
import { matchOutput, outputLines, parseTranscript } from '../engine/transcript.ts';
import type { ChoiceQuestion, RunSteps } from '../schemas/question.ts';
import { pythonOutputLines, type CheckEngine, type CheckSession } from './engine.ts';
import { unmetGoal } from './goal.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface StepsOutcome {
  readonly failed: boolean;
  readonly output: string[];
}

function runSteps(session: CheckSession, steps: RunSteps | { console: string }, filename: string): StepsOutcome {
  if ('python' in steps) {
    const run = session.runPython(steps.python, filename);
    const output = pythonOutputLines(run);
    return {
      failed: run.exitCode !== 0 || output.some((l) => l.startsWith('Traceback (most recent call last):')),
      output,
    };
  }
  const lines =
    'shell' in steps
      ? steps.shell
      : parseTranscript(
          steps.console
            .split('\n')
            .map((l) => (/^(\$ |>>> |\.\.\. )/.test(l) || l.trim() === '' ? l : `$ ${l}`))
            .join('\n'),
        ).map((s) => s.input);
  let failed = false;
  const output: string[] = [];
  for (const line of lines) {
    const result = session.run(line);
    if ((result.exitCode ?? 0) !== 0) failed = true;
    output.push(...outputLines(result.lines));
  }
  return { failed, output };
}

function stripCode(text: string): string {
  const m = /^`([^`]*)`$/.exec(text.trim());
  return m ? (m[1] ?? '') : text;
}

/** Run what the question's verify asks for; return what contradicts the answer key. */
export function proveAnswerKey(engine: CheckEngine, spec: unknown, q: ChoiceQuestion): string[] {
  const verify = q.verify;
  if (!verify) return [];
  const keyed = q.options.filter((o) => o.correct).map((o) => o.id);
  const key = keyed.join(', ') || '(none)';
  try {
    if (verify.kind === 'output') {
      if (!q.code) return [];
      const run = runSteps(
        engine.newSession(spec, { strict: verify.strict }),
        q.code.lang === 'python' ? { python: q.code.source } : { console: q.code.source },
        `${q.id}.py`,
      );
      const matching = q.options
        .filter((o) => matchOutput((o.output ?? stripCode(o.text)).replace(/\n$/, '').split('\n'), run.output).ok)
        .map((o) => o.id);
      if (matching.join(', ') === key) return [];
      return [
        `the answer key says ${key}, but the snippet's real output matches ${matching.join(', ') || 'no option'}; it printed:\n${run.output.map((l) => `  ${l}`).join('\n')}`,
      ];
    }
    const outcomes = q.options.map((o) => ({
      id: o.id,
      ...runOption(
        engine.newSession(spec, { strict: verify.strict }),
        o.run,
        verify.kind === 'goal' ? verify.goal : undefined,
        `${q.id}-${o.id}.py`,
      ),
    }));
    const chosen = outcomes
      .filter((o) => (verify.kind === 'goal' ? o.unmet.length === 0 : verify.kind === 'fails' ? o.failed : !o.failed))
      .map((o) => o.id);
    if (chosen.join(', ') === key) return [];
    const verb = verify.kind === 'goal' ? 'reach the goal' : verify.kind === 'fails' ? 'fail' : 'succeed';
    const details = outcomes.map(
      (o) =>
        `  ${o.id}: ${verify.kind === 'goal' ? (o.unmet.length ? o.unmet.join('; ') : 'reaches the goal') : o.failed ? 'fails' : 'succeeds'}${o.last ? ` (last line: ${o.last})` : ''}`,
    );
    return [
      `the answer key says ${key}, but in the simulation ${chosen.length ? `${chosen.join(', ')} ${verb}` : `no option does ${verb}`}\n${details.join('\n')}`,
    ];
  } catch (error) {
    return [`the engine failed while proving it: ${messageOf(error)}`];
  }
}

function runOption(
  session: CheckSession,
  steps: RunSteps | undefined,
  goal: Parameters<typeof unmetGoal>[1] | undefined,
  filename: string,
): { failed: boolean; unmet: string[]; last: string | undefined } {
  if (!steps) return { failed: false, unmet: ['has no run steps'], last: undefined };
  const outcome = runSteps(session, steps, filename);
  const last = outcome.output.filter((l) => l.trim() !== '').at(-1);
  return { failed: outcome.failed, unmet: goal ? unmetGoal(session.registry, goal) : [], last };
}
