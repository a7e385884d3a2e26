// Prove the keys of the two kinds graded by running (src/engine/typed-answer.ts): a "type the
// command" question's model answers are judged right and its wrong answers wrong, exactly as the
// quiz page would judge a learner typing them; an "order" question's steps reach the goal in the
// written order and in no other, so the key is the only right answer.
import { evaluateGoal, describeUnmet } from '../engine/goals.ts';
import { gradeTypedAnswer, orderReachesGoal } from '../engine/typed-answer.ts';
import type { CommandQuestion, OrderQuestion } from '../schemas/question.ts';
import type { CheckEngine } from './engine.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function indent(lines: readonly string[]): string {
  return lines.map((l) => `    ${l}`).join('\n');
}

export function proveCommandKey(engine: CheckEngine, spec: unknown, q: CommandQuestion): string[] {
  const problems: string[] = [];
  if (!q.goal && q.output === undefined) return ['a "command" question needs a `goal`, an `output`, or both'];
  if (q.prelude !== undefined && q.answerIn !== 'python') problems.push('`prelude` is for `answerIn: python` only');
  try {
    if (q.goal && evaluateGoal(engine.newSession(spec, { strict: q.strict }).registry, q.goal).reached)
      problems.push('the scenario already meets the goal before anything is typed, so any answer would be right');
    q.answers.forEach((answer, i) => {
      const outcome = gradeTypedAnswer(engine.newSession(spec, { strict: q.strict }), q, answer);
      if (outcome.right) return;
      const why = [
        ...outcome.failedChecks.map(describeUnmet),
        ...(outcome.outputMatched ? [] : ['its output does not match `output`']),
      ];
      problems.push(
        `answers[${i}] ${JSON.stringify(answer)} is not judged right: ${why.join('; ')}\n  it printed:\n${indent(outcome.output)}`,
      );
    });
    q.wrongAnswers.forEach((answer, i) => {
      if (gradeTypedAnswer(engine.newSession(spec, { strict: q.strict }), q, answer).right)
        problems.push(
          `wrongAnswers[${i}] ${JSON.stringify(answer)} is judged right, so the goal does not tell it apart`,
        );
    });
  } catch (error) {
    problems.push(`the engine failed while proving it: ${messageOf(error)}`);
  }
  return problems;
}

/** Every order of `items` (n!; n is at most 5 here). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Orders to try against the key: all of them up to 5 steps; for 6, every single step moved elsewhere. */
function otherOrders<T>(key: readonly T[]): T[][] {
  const same = (a: readonly T[]) => a.every((x, i) => x === key[i]);
  if (key.length <= 5) return permutations(key).filter((p) => !same(p));
  const out: T[][] = [];
  for (let from = 0; from < key.length; from += 1)
    for (let to = 0; to < key.length; to += 1) {
      if (from === to) continue;
      const p = [...key];
      const [moved] = p.splice(from, 1);
      p.splice(to, 0, moved as T);
      if (!same(p) && !out.some((o) => o.every((x, i) => x === p[i]))) out.push(p);
    }
  return out;
}

export function proveOrderKey(engine: CheckEngine, spec: unknown, q: OrderQuestion): string[] {
  const ids = q.steps.map((s) => s.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return [`step id "${dup}" is used twice`];
  try {
    const fresh = () => engine.newSession(spec, { strict: q.strict });
    if (evaluateGoal(fresh().registry, q.goal).reached)
      return ['the scenario already meets the goal before any step runs'];
    const session = fresh();
    if (!orderReachesGoal(session, q.steps, q.goal)) {
      const unmet = evaluateGoal(session.registry, q.goal)
        .results.filter((r) => !r.passed)
        .map(describeUnmet);
      return [`the steps in the written order do not reach the goal: ${unmet.join('; ')}`];
    }
    const alsoRight = otherOrders(q.steps).filter((order) => orderReachesGoal(fresh(), order, q.goal));
    if (alsoRight.length === 0) return [];
    const shown = alsoRight.slice(0, 3).map((o) => o.map((s) => s.id).join(', '));
    return [
      `${alsoRight.length} other order(s) reach the goal too (${shown.join('; ')}${alsoRight.length > 3 ? '; ...' : ''}), so the written order is not the only right answer`,
    ];
  } catch (error) {
    return [`the engine failed while proving it: ${messageOf(error)}`];
  }
}
