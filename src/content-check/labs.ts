// Prove a lab the way Learn Git Branching's CI replays every level's solution: from a fresh
// session on the lab's scenario, the reference solution (terminal lines, and the Python program
// when there is one) must reach the goal, the scenario alone must not, and no feedback for a
// wrong state may already show at the start. Plus the lints no schema can express.
import { checkId, describeUnmet, evaluateChecks, evaluateGoal, type GoalReport } from '../engine/goals.ts';
import { outputLines } from '../engine/transcript.ts';
import type { Lab } from '../schemas/lab.ts';
import type { Problem } from './check.ts';
import { pythonOutputLines, type CheckEngine, type CheckSession } from './engine.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unmet(report: GoalReport): string {
  return report.results
    .filter((r) => !r.passed)
    .map((r) => `  ✗ ${describeUnmet(r)}`)
    .join('\n');
}

const TRACEBACK = 'Traceback (most recent call last):';

/** A failure's output for the author: from the traceback on when there is one (warnings before it are noise). */
function shown(out: readonly string[]): string {
  const from = out.findIndex((l) => l.startsWith(TRACEBACK));
  return out
    .slice(Math.max(from, 0))
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Run the terminal lines; the first failing line (non-zero exit or a Python traceback) is reported. */
function runTerminal(session: CheckSession, lines: readonly string[]): string | null {
  for (const [i, line] of lines.entries()) {
    const result = session.run(line);
    const out = outputLines(result.lines);
    if ((result.exitCode ?? 0) !== 0 || out.some((l) => l.startsWith(TRACEBACK))) {
      return `solution.terminal[${i}] ${JSON.stringify(line)} failed${result.exitCode ? ` (exit code ${result.exitCode})` : ''}:\n${shown(out)}`;
    }
  }
  return null;
}

/** A run result as the checker sees it: the engine's Session also says what it changed. */
function changed(result: unknown): boolean {
  const changes = (result as { changes?: readonly unknown[] }).changes;
  return Array.isArray(changes) && changes.length > 0;
}

/**
 * The registry-changing operations a route takes: the inputs (terminal lines, or Python
 * statements typed at the REPL) that changed the registry. `python`, imports, `c =
 * MlflowClient()` and reads change nothing, so they do not count; one call that moves two
 * versions (`archive_existing_versions`) is one operation, whichever route made it.
 */
export function routeOperations(session: CheckSession, lines: readonly string[]): number {
  let ops = 0;
  for (const line of lines) if (changed(session.run(line))) ops += 1;
  return ops;
}

/** A program's lines as typed at the Python REPL (after `python`), ending any open block. */
export function replLines(program: string): string[] {
  return ['python', ...program.replace(/\n+$/, '').split('\n'), ''];
}

/** Par against both routes: reachable by each, and no looser than the route that needs most. */
export function parProblems(engine: CheckEngine, spec: unknown, lab: Lab): string[] {
  const routes: [string, number][] = [];
  if (lab.solution.terminal)
    routes.push(['solution.terminal', routeOperations(engine.newSession(spec), lab.solution.terminal)]);
  if (lab.solution.python)
    routes.push(['solution.python', routeOperations(engine.newSession(spec), replLines(lab.solution.python))]);
  const problems: string[] = [];
  for (const [route, ops] of routes)
    if (lab.par < ops)
      problems.push(
        `par: ${lab.par} is fewer than the ${ops} registry-changing operations ${route} takes; par must be reachable by every route`,
      );
  const most = Math.max(...routes.map(([, ops]) => ops));
  if (routes.length > 0 && lab.par > most)
    problems.push(
      `par: ${lab.par} is more than any route needs (${routes.map(([r, ops]) => `${r}: ${ops}`).join(', ')}); par counts registry-changing operations, not lines`,
    );
  return problems;
}

/** Problems proving the lab from its scenario; empty when it is proven. */
export function proveLab(engine: CheckEngine, spec: unknown, lab: Lab): string[] {
  const problems: string[] = [];
  try {
    const start = engine.newSession(spec).registry;
    if (evaluateGoal(start, lab.goal).reached)
      problems.push(
        'the scenario alone already reaches the goal (every check passes): there is nothing for the learner to do',
      );
    lab.feedback.forEach((f, i) => {
      if (evaluateChecks(start, f.when, lab.goal.model).every((r) => r.passed))
        problems.push(`feedback[${i}] already shows at the start: its \`when\` checks all pass in the scenario`);
    });

    if (lab.solution.terminal) {
      const session = engine.newSession(spec);
      const failed = runTerminal(session, lab.solution.terminal);
      if (failed) problems.push(failed);
      else {
        const report = evaluateGoal(session.registry, lab.goal);
        if (!report.reached)
          problems.push(
            `solution.terminal does not reach the goal (${report.passed} of ${report.total} checks pass):\n${unmet(report)}`,
          );
      }
    }
    if (lab.solution.python) {
      const session = engine.newSession(spec);
      const run = session.runPython(lab.solution.python, `${lab.id}.py`);
      const out = pythonOutputLines(run);
      if (run.exitCode !== 0 || out.some((l) => l.startsWith(TRACEBACK)))
        problems.push(`solution.python failed (exit code ${run.exitCode}):\n${shown(out)}`);
      else {
        const report = evaluateGoal(session.registry, lab.goal);
        if (!report.reached)
          problems.push(
            `solution.python does not reach the goal (${report.passed} of ${report.total} checks pass):\n${unmet(report)}`,
          );
      }
    }
    problems.push(...parProblems(engine, spec, lab));
  } catch (error) {
    problems.push(`the engine failed while proving it: ${messageOf(error)}`);
  }
  return problems;
}

/** A code span or fenced block: the exact-command tier must give something to type. */
const CODE = /`[^`]+`/;

/** Lints on one lab: ids and hint tiers (par is proven by running the routes: parProblems). */
export function labLints(lab: Lab): string[] {
  const problems: string[] = [];
  const ids = lab.goal.checks.map(checkId);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) problems.push(`goal: two checks have the id "${dup}" (give one an explicit \`id\`)`);
  if (!CODE.test(lab.hints.command))
    problems.push('hints.command: the last hint tier must give the exact command in a code span or block');
  // A blank line (ending a REPL block) is in every text, so it gives nothing away.
  if (
    CODE.test(lab.hints.nudge) &&
    lab.solution.terminal?.some((line) => line.trim() !== '' && lab.hints.nudge.includes(line))
  )
    problems.push('hints.nudge: the first hint tier gives away a solution line; keep it a nudge');
  return problems;
}

/** Lints across one lesson's labs: order numbers unique. */
export function lessonLabLints(labs: readonly { readonly file: string; readonly lab: Lab }[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, lab } of labs) {
    const key = `${lab.lesson}#${lab.order}`;
    const other = seen.get(key);
    if (other)
      problems.push({
        file,
        message: `field "order": ${lab.order} is already used by ${other} in lesson "${lab.lesson}"`,
      });
    else seen.set(key, lab.id);
  }
  return problems;
}
