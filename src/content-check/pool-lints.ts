// Lints on a question bank as a whole, the ones that make a test measure something: keys spread
// across option positions, a test pool big enough to draw two different attempts from (or no test
// at all), practice and test kept apart, and the kinds graded by running present.
import type { Question, QuestionBank } from '../schemas/question.ts';
import {
  DRAW_MIX,
  MAX_KEY_SHARE,
  MIN_COMMAND_QUESTIONS,
  MIN_ORDER_QUESTIONS,
  POOL_MIN,
  POOL_SIZE_MIN,
  type Difficulty,
} from '../schemas/test-pool.ts';
import type { Problem } from './check.ts';

/**
 * Where the keys sit in source order. The site shuffles options, but a bank whose keys bunch at
 * one position (18 of 20 at `a`) was written lazily and reads that way in the source and any export.
 */
function keyPositionProblem(questions: readonly Question[]): string | undefined {
  const counts: number[] = [];
  let keys = 0;
  for (const q of questions) {
    if (q.kind !== 'choice') continue;
    q.options.forEach((o, i) => {
      if (!o.correct) return;
      counts[i] = (counts[i] ?? 0) + 1;
      keys += 1;
    });
  }
  if (keys < 3) return undefined; // one or two keys cannot be spread below 50 %
  const most = Math.max(...counts.map((c) => c ?? 0));
  if (most / keys <= MAX_KEY_SHARE) return undefined;
  const spread = counts.map((c, i) => `${i + 1}: ${c ?? 0}`).join(', ');
  return `the correct options bunch at one position: ${most} of ${keys} keys (${Math.round((100 * most) / keys)} %) sit at position ${counts.indexOf(most) + 1}; no position may hold more than ${Math.round(MAX_KEY_SHARE * 100)} % (keys by position, ${spread})`;
}

/** `hasTest`: whether the bank's lesson has a test (its frontmatter's `test`, true by default). */
export function poolLints(bank: QuestionBank, file: string, hasTest: boolean): Problem[] {
  const problems: Problem[] = [];
  bank.questions.forEach((q, index) => {
    if (q.use.includes('practice') && q.use.includes('test'))
      problems.push({
        file,
        path: ['questions', index],
        message: `question "${q.id}": it is both a practice question and in the test pool: a learner who practised it meets it again in the test; give it one \`use\``,
      });
  });
  const keys = keyPositionProblem(bank.questions);
  if (keys) problems.push({ file, message: keys });
  const commands = bank.questions.filter((q) => q.kind === 'command').length;
  const orders = bank.questions.filter((q) => q.kind === 'order').length;
  if (commands < MIN_COMMAND_QUESTIONS || orders < MIN_ORDER_QUESTIONS)
    problems.push({
      file,
      message: `a bank needs at least ${MIN_COMMAND_QUESTIONS} "command" (type the command or call) and ${MIN_ORDER_QUESTIONS} "order" (put the steps in order) questions, found ${commands} and ${orders}`,
    });
  const test = bank.questions.filter((q) => q.use.includes('test'));
  const count = (d: Difficulty) => test.filter((q) => q.difficulty === d).length;
  const mix = `${count('easy')} easy, ${count('medium')} medium, ${count('hard')} hard`;
  if (!hasTest) {
    if (test.length > 0)
      problems.push({
        file,
        message: `the lesson says it has no test (\`test: false\`), but ${test.length} question(s) are marked for the test (${mix})`,
      });
    return problems;
  }
  const short =
    test.length < POOL_SIZE_MIN ||
    count('easy') < POOL_MIN.easy ||
    count('medium') < POOL_MIN.medium ||
    count('hard') < POOL_MIN.hard;
  if (short)
    problems.push({
      file,
      message: `the test pool needs at least ${POOL_SIZE_MIN} questions with at least ${POOL_MIN.easy} easy, ${POOL_MIN.medium} medium and ${POOL_MIN.hard} hard (each attempt draws ${DRAW_MIX.easy}, ${DRAW_MIX.medium} and ${DRAW_MIX.hard}), found ${test.length} (${mix}); or say \`test: false\` in the lesson`,
    });
  return problems;
}
