// Lints on a question bank that no schema can express: one correct option, practice questions
// with hints and solutions, the test's size and mix, unique ids, links, and the shorthand badge.
import type { Question, QuestionBank } from '../schemas/question.ts';
import type { Problem } from './check.ts';
import { linkProblem, markdownLinks, type LinkedLesson } from './links.ts';

/** The course's practice shorthand (seed-errata.md rows 1-2): questions naming it need the badge. */
const SHORTHAND = /\b(transition-stage|transition-version|list-versions)\b/;

function questionText(q: Question): string {
  return [q.prompt, q.code?.source ?? '', ...q.options.map((o) => o.text), ...q.hints, ...q.solution].join('\n');
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
    const where = `question "${q.id}" (questions[${index}])`;
    const say = (message: string) => problems.push({ file, message: `${where}: ${message}` });
    if (seen.has(q.id)) say(`the id "${q.id}" is used twice in this bank`);
    seen.add(q.id);
    const optionIds = q.options.map((o) => o.id);
    const dup = optionIds.find((id, i) => optionIds.indexOf(id) !== i);
    if (dup) say(`option id "${dup}" is used twice`);
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    if (!q.multiple && correct.length !== 1)
      say(
        `a single-choice question needs exactly one correct option, found ${correct.length}${correct.length ? ` (${correct.join(', ')})` : ''}`,
      );
    if (q.multiple && correct.length === 0) say('a multiple-choice question needs at least one correct option');
    if (q.use.includes('practice')) {
      if (q.hints.length === 0) say('a practice question needs at least one hint');
      if (q.solution.length === 0) say('a practice question needs a step-by-step solution');
    }
    if (SHORTHAND.test(questionText(q)) && !q.shorthand)
      say(
        'it mentions the course shorthand CLI (transition-stage, transition-version or list-versions), so it needs `shorthand: true`',
      );
    const kind = q.verify?.kind;
    if ((kind === 'goal' || kind === 'fails' || kind === 'succeeds') && q.options.some((o) => !o.run))
      say(
        `verify kind "${kind}" needs \`run\` steps on every option (missing on ${q.options
          .filter((o) => !o.run)
          .map((o) => o.id)
          .join(', ')})`,
      );
    if (kind === 'output' && !q.code) say('verify kind "output" needs the question\'s `code` to run');
    for (const url of [
      q.prompt,
      ...q.options.map((o) => `${o.text}\n${o.explanation}`),
      ...q.hints,
      ...q.solution,
    ].flatMap(markdownLinks)) {
      const message = linkProblem(url, lessons, routes, undefined);
      if (message) say(message);
    }
  });
  const test = bank.questions.filter((q) => q.use.includes('test'));
  if (test.length > 0) {
    const count = (d: Question['difficulty']) => test.filter((q) => q.difficulty === d).length;
    const mix = `${count('easy')} easy, ${count('medium')} medium, ${count('hard')} hard`;
    // The test page draws 10 questions from the pool (src/components/quiz/test-quiz.ts).
    if (test.length < 10)
      problems.push({ file, message: `the test pool needs at least 10 questions, found ${test.length} (${mix})` });
    if (count('easy') < 3 || count('medium') < 3 || count('hard') < 2)
      problems.push({ file, message: `the test needs at least 3 easy, 3 medium and 2 hard questions, found ${mix}` });
  }
  return problems;
}
