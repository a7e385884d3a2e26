// Grading by running: a "type the command or call" answer, or an order of steps, is run from the
// question's scenario in a fresh session, and judged by the registry state it leaves (named goal
// checks, ./goals.ts) and/or the output it printed (the transcript matcher). One home for the
// rule, so `check:content` proves a key with exactly the judgement the quiz page gives a learner:
// `-m` or `--model-uri`, flag order, quoting, positional or keyword arguments all count alike.
import { evaluateGoal, type CheckResult, type Goal } from './goals.ts';
import type { RegistryState } from './registry/types.ts';
import { matchOutput, outputLines } from './transcript.ts';

/** What grading needs from a session (src/engine/session.ts `Session` has this shape). */
export interface GradingSession {
  run(line: string): { readonly lines: readonly { readonly text: string }[]; readonly exitCode?: number };
  runPython(
    source: string,
    filename?: string,
  ): { readonly output?: readonly { readonly text: string }[]; readonly exitCode: number };
  readonly registry: RegistryState;
}

/** What a typed answer is judged against (the fields of a `command` question). */
export interface TypedAnswerSpec {
  /** `shell`: terminal lines, one per line; `python`: a program. */
  readonly answerIn: 'shell' | 'python';
  /** Python run before the answer (shown to the learner above the box). */
  readonly prelude?: string;
  readonly goal?: Goal;
  readonly output?: string;
}

export interface TypedAnswerOutcome {
  readonly right: boolean;
  /** Nothing but blanks was typed: not run at all. */
  readonly empty: boolean;
  /** What the engine printed, line by line, as the terminal or the code runner shows it. */
  readonly output: readonly string[];
  /** The goal checks that did not pass (empty when the goal was reached or there is none). */
  readonly failedChecks: readonly CheckResult[];
  /** False when the question expects an output and this one did not match it. */
  readonly outputMatched: boolean;
}

/** A line as typed, without a pasted prompt (`$ mlflow ...` runs as `mlflow ...`). */
function shellLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*\$ /, '').replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '');
}

/** The program a Python answer runs as: the prelude, then what was typed (a pasted `>>> ` dropped). */
export function pythonProgram(prelude: string | undefined, text: string): string {
  const typed = text
    .split('\n')
    .map((l) => l.replace(/^(>>>|\.\.\.) ?/, ''))
    .join('\n')
    .replace(/\s+$/, '');
  return prelude ? `${prelude.replace(/\n?$/, '\n')}${typed}\n` : `${typed}\n`;
}

/** Run what the learner typed in `session` (fresh, from the question's scenario); return the output lines. */
export function runTypedAnswer(
  session: GradingSession,
  answerIn: 'shell' | 'python',
  prelude: string | undefined,
  text: string,
): string[] {
  if (answerIn === 'python') {
    const run = session.runPython(pythonProgram(prelude, text), 'answer.py');
    return outputLines(run.output ?? []);
  }
  const output: string[] = [];
  for (const line of shellLines(text)) output.push(...outputLines(session.run(line).lines));
  return output;
}

/** Judge a typed answer: run it, then compare the registry with the goal and the output with the expected. */
export function gradeTypedAnswer(session: GradingSession, spec: TypedAnswerSpec, text: string): TypedAnswerOutcome {
  const empty = text.trim() === '';
  if (empty) return { right: false, empty, output: [], failedChecks: [], outputMatched: false };
  const output = runTypedAnswer(session, spec.answerIn, spec.prelude, text);
  const failedChecks = spec.goal ? evaluateGoal(session.registry, spec.goal).results.filter((r) => !r.passed) : [];
  const outputMatched =
    spec.output === undefined ? true : matchOutput(spec.output.replace(/\n$/, '').split('\n'), output).ok;
  return { right: failedChecks.length === 0 && outputMatched, empty, output, failedChecks, outputMatched };
}

/** One step of an order question, as the grader runs it. */
export interface OrderStep {
  readonly id: string;
  readonly run: { readonly shell: readonly string[] } | { readonly python: string };
}

/** Run steps in the given order from `session`; true when the registry then meets the goal. */
export function orderReachesGoal(session: GradingSession, steps: readonly OrderStep[], goal: Goal): boolean {
  steps.forEach((step, i) => {
    if ('python' in step.run) session.runPython(step.run.python, `step${i + 1}.py`);
    else for (const line of step.run.shell) session.run(line);
  });
  return evaluateGoal(session.registry, goal).reached;
}

/** An order is right when it is exactly the key (the steps' source order, proven unique by check:content). */
export function isRightOrder(chosen: readonly string[], key: readonly string[]): boolean {
  return chosen.length === key.length && chosen.every((id, i) => id === key[i]);
}
