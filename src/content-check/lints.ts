// Lints on each question of a bank that no schema can express: one correct option, practice
// questions with hints and solutions, unique ids, links, and the shorthand badge. Lints on the
// bank as a whole (keys, the test pool, the kinds) are in ./pool-lints.ts.
import type { ChoiceQuestion, Question, QuestionBank } from '../schemas/question.ts';
import type { Problem } from './check.ts';
import { linkProblem, markdownLinks, type LinkedLesson } from './links.ts';

/** The course's practice shorthand (seed-errata.md rows 1-2): questions naming it need the badge. */
const SHORTHAND = /\b(transition-stage|transition-version|list-versions)\b/;

function questionText(q: Question): string {
  const own =
    q.kind === 'choice'
      ? q.options.map((o) => o.text)
      : q.kind === 'command'
        ? [...q.answers, ...q.wrongAnswers, q.explanation]
        : [...q.steps.map((s) => s.text), q.explanation];
  return [q.prompt, q.code?.source ?? '', ...own, ...q.hints, ...q.solution].join('\n');
}

function markdownOf(q: Question): string[] {
  const own =
    q.kind === 'choice'
      ? q.options.map((o) => `${o.text}\n${o.explanation}`)
      : q.kind === 'command'
        ? [q.explanation]
        : [...q.steps.map((s) => s.text), q.explanation];
  return [q.prompt, ...own, ...q.hints, ...q.solution];
}

function choiceLints(q: ChoiceQuestion, say: (message: string) => void): void {
  const optionIds = q.options.map((o) => o.id);
  const dup = optionIds.find((id, i) => optionIds.indexOf(id) !== i);
  if (dup) say(`option id "${dup}" is used twice`);
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  if (!q.multiple && correct.length !== 1)
    say(
      `a single-choice question needs exactly one correct option, found ${correct.length}${correct.length ? ` (${correct.join(', ')})` : ''}`,
    );
  if (q.multiple && correct.length === 0) say('a multiple-choice question needs at least one correct option');
  const kind = q.verify?.kind;
  if ((kind === 'goal' || kind === 'fails' || kind === 'succeeds') && q.options.some((o) => !o.run))
    say(
      `verify kind "${kind}" needs \`run\` steps on every option (missing on ${q.options
        .filter((o) => !o.run)
        .map((o) => o.id)
        .join(', ')})`,
    );
  if (kind === 'output' && !q.code) say('verify kind "output" needs the question\'s `code` to run');
}

export function bankLints(
  bank: QuestionBank,
  file: string,
  lessons: ReadonlyMap<string, LinkedLesson>,
  routes: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  bank.questions.forEach((q, index) => {
    const where = `question "${q.id}"`;
    const say = (message: string) =>
      problems.push({ file, path: ['questions', index], message: `${where}: ${message}` });
    if (seen.has(q.id)) say(`the id "${q.id}" is used twice in this bank`);
    seen.add(q.id);
    if (q.kind === 'choice') choiceLints(q, say);
    if (q.use.includes('practice')) {
      if (q.hints.length === 0) say('a practice question needs at least one hint');
      if (q.solution.length === 0) say('a practice question needs a step-by-step solution');
    }
    if (SHORTHAND.test(questionText(q)) && !q.shorthand)
      say(
        'it mentions the course shorthand CLI (transition-stage, transition-version or list-versions), so it needs `shorthand: true`',
      );
    for (const url of markdownOf(q).flatMap(markdownLinks)) {
      const message = linkProblem(url, lessons, routes, undefined);
      if (message) say(message);
    }
  });
  return problems;
}
