// Grade a "type the command or call" answer in the browser: a fresh session from the question's
// scenario, the same engine and the same judgement (src/engine/typed-answer.ts) check:content
// proved the key with. The engine is fetched on first use, like the terminal's.
import type { Goal } from '../../engine/goals.ts';
import type { RegistryState } from '../../engine/registry/types.ts';
import type { TypedAnswerOutcome } from '../../engine/typed-answer.ts';

/** What a command question carries to the page (CommandQuestion.astro's JSON). */
export interface CommandSpec {
  readonly answerIn: 'shell' | 'python';
  readonly prelude?: string;
  readonly goal?: Goal;
  readonly output?: string;
  readonly strict: boolean;
  /** The question's starting registry: its name in the page's scenario table (QuizScenarios.astro). */
  readonly scenario: string;
  /** The model answer, shown once the learner is right or gives up. */
  readonly answer: string;
}

let engine: Promise<
  [
    typeof import('../../engine/session.ts'),
    typeof import('../../engine/python/index.ts'),
    typeof import('../../engine/typed-answer.ts'),
    typeof import('../../engine/sources.ts'),
  ]
> | null = null;

/** Every scenario table on the page (the review page gathers one per lesson it fetched). */
function pageScenarios(): Record<string, RegistryState> {
  return Object.assign(
    {},
    ...[...document.querySelectorAll('[data-quiz-scenarios]')].map(
      (el) => JSON.parse(el.textContent ?? '{}') as Record<string, RegistryState>,
    ),
  );
}

export async function gradeCommand(spec: CommandSpec, text: string): Promise<TypedAnswerOutcome> {
  engine ??= Promise.all([
    import('../../engine/session.ts'),
    import('../../engine/python/index.ts'),
    import('../../engine/typed-answer.ts'),
    import('../../engine/sources.ts'),
  ]);
  const [session, python, typed, sources] = await engine;
  const scenario = pageScenarios()[spec.scenario];
  if (!scenario) throw new Error(`no scenario "${spec.scenario}" on this page`);
  const run = new session.Session({
    scenario,
    strict: spec.strict,
    sources: sources.deterministicSources(1),
    python,
  });
  return typed.gradeTypedAnswer(run, spec, text);
}

/** What a wrong answer is told, in words: the failed checks, then whether the output was wrong. */
export function wrongReasons(outcome: TypedAnswerOutcome): string[] {
  if (outcome.empty) return ['Nothing was typed yet.'];
  return [
    ...outcome.failedChecks.map((r) => `Not met: ${r.label} (now ${r.detail}).`),
    ...(outcome.outputMatched ? [] : ['The output is not what the question asks for.']),
  ];
}
