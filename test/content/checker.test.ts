// `npm run check:content` on fixtures: the valid course is proven; each broken variant fails with
// a message naming the file, the place and what is wrong, as an author would read it.
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, summaryLine } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { fixtureContent } from './fixtures.ts';

const check = (brokenCase?: string) => checkContent(fixtureContent(brokenCase), simulator, { routes: ['/guide'] });
const messages = (brokenCase: string) => check(brokenCase).problems.map(formatProblem).join('\n');

describe('the valid fixture course', () => {
  const report = check();

  test('has no problems and proves its two examples and six questions (two chosen, three typed, one order)', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(summaryLine(report)).toBe('check:content: 2 examples and 6 questions proven, 0 failed');
  });

  test('lists the question without verify as not simulation-proven', () => {
    expect(report.unproven).toEqual(['questions/tiny-lesson.yaml:45: question "unverified"']);
  });
});

describe('broken content fails with a precise message', () => {
  test.each([
    // a wrong expected output: the line of the output block, the example id and a diff
    [
      'wrong-code-output',
      'lessons/tiny-lesson.mdx:23: the output of the python run block differs (tiny-lesson-1; - expected, + actual)\n- Production\n+ None',
    ],
    [
      'wrong-transcript-output',
      'lessons/tiny-lesson.mdx:30: output differs after "1 + 1" (tiny-lesson-2; - expected, + actual)\n- 3\n+ 2',
    ],
    // a wrong answer key, proven wrong by running every option
    [
      'wrong-answer-key',
      'questions/tiny-lesson.yaml:4:5: question "promote-two": the answer key says a, but in the simulation b reach the goal',
    ],
    [
      'wrong-output-key',
      'questions/tiny-lesson.yaml:30:5: question "new-stage": the answer key says b, but the snippet\'s real output matches a',
    ],
    // two correct options in a single-choice question
    [
      'two-correct',
      'questions/tiny-lesson.yaml:30:5: question "new-stage": a single-choice question needs exactly one correct option, found 2 (a, b)',
    ],
    // a bad frontmatter field: the field, what was expected and what was found
    ['bad-frontmatter', 'lessons/tiny-lesson.mdx:6:1: frontmatter field "minutes": expected a number, found "five"'],
    [
      'misspelt-field',
      'lessons/tiny-lesson.mdx:5:1: frontmatter field "scenery": expected no such field (check the spelling against the schema), found "tiny"\n  hint: did you mean "scenario"?',
    ],
    // an unknown scenario, with the ones that exist
    [
      'unknown-scenario',
      'lessons/tiny-lesson.mdx:5:1: field "scenario": unknown scenario "tiny-registry" (known: tiny); its 2 runnable block(s) were not run',
    ],
    [
      'missing-output-block',
      'lessons/tiny-lesson.mdx:17: a ```python run block must be followed directly by an ```output block',
    ],
    [
      'broken-link',
      'lessons/tiny-lesson.mdx:15: link "/lessons/no-such-lesson" points to no lesson (known: tiny-lesson)',
    ],
    [
      'shorthand-unflagged',
      'questions/tiny-lesson.yaml:45:5: question "unverified": it mentions the course shorthand CLI',
    ],
    // keys bunched at one option position in source order
    [
      'keys-bunched',
      'questions/tiny-lesson.yaml: the correct options bunch at one position: 2 of 3 keys (67 %) sit at position 1; no position may hold more than 40 %',
    ],
    // a lesson with a test needs a pool it can draw two different attempts from
    [
      'small-test-pool',
      'questions/tiny-lesson.yaml: the test pool needs at least 20 questions with at least 6 easy, 6 medium and 4 hard (each attempt draws 3, 4 and 3), found 0',
    ],
    [
      'test-without-test',
      'questions/tiny-lesson.yaml: the lesson says it has no test (`test: false`), but 1 question(s) are marked for the test',
    ],
    [
      'practice-and-test',
      'questions/tiny-lesson.yaml:45:5: question "unverified": it is both a practice question and in the test pool',
    ],
    [
      'no-typed-questions',
      'questions/tiny-lesson.yaml: a bank needs at least 3 "command" (type the command or call) and 1 "order" (put the steps in order) questions, found 0 and 0',
    ],
    // "type the command": every model answer is run and judged as a learner's would be
    [
      'wrong-command-answer',
      'questions/tiny-lesson.yaml:55:5: question "stage-by-typing": answers[1] "mlflow models transition-stage --stage production --version 2 --model-name my-model" is not judged right: version 2 is in Production; the goal needs Staging\n  it printed:',
    ],
    [
      'command-wrong-answer-right',
      'questions/tiny-lesson.yaml:74:5: question "alias-by-typing": wrongAnswers[0] "client.set_registered_model_alias(\\"my-model\\", \\"champion\\", \\"2\\")" is judged right, so the goal does not tell it apart',
    ],
    // "put in order": the written order reaches the goal, and no other order does
    [
      'wrong-order-key',
      'questions/tiny-lesson.yaml:112:5: question "build-a-model": the steps in the written order do not reach the goal: alias champion points to version 1; the goal needs version 2',
    ],
    [
      'order-not-unique',
      'questions/tiny-lesson.yaml:112:5: question "build-a-model": 2 other order(s) reach the goal too (a, c, b; c, a, b), so the written order is not the only right answer',
    ],
  ])('%s', (brokenCase, expected) => {
    expect(messages(brokenCase)).toContain(expected);
  });

  test('several mistakes in one lesson and its bank are all reported in one run, each with file and line', () => {
    expect(check('many-mistakes').problems.map(formatProblem)).toEqual([
      'lessons/tiny-lesson.mdx:6:1: frontmatter field "minutes": expected a number, found "five"',
      'lessons/tiny-lesson.mdx:15: link "/lessons/no-such-lesson" points to no lesson (known: tiny-lesson)',
      'lessons/tiny-lesson.mdx:17:42: MDX: Could not parse expression with oxc: Expected `,` or `)` but found `:`\n  hint: in MDX `{` starts a JavaScript expression: escape it as `\\{`, or put the text in `code`',
      'lessons/tiny-lesson.mdx:25: the output of the python run block differs (tiny-lesson-1; - expected, + actual)\n- Production\n+ None',
      expect.stringMatching(
        /^questions\/tiny-lesson\.yaml:4:5: question "promote-two": the answer key says a, but in the simulation b reach the goal/,
      ),
      expect.stringMatching(/^questions\/tiny-lesson\.yaml: the correct options bunch at one position/),
      expect.stringMatching(/^questions\/tiny-lesson\.yaml: a bank needs at least 3 "command"/),
    ]);
  });

  test('the fast pass (proofs: false) reports schema mistakes and runs nothing', () => {
    const fast = (c: string) =>
      checkContent(fixtureContent(c), simulator, { routes: ['/guide'], proofs: false }).problems.map(formatProblem);
    expect(fast('bad-frontmatter')).toEqual([
      'lessons/tiny-lesson.mdx:6:1: frontmatter field "minutes": expected a number, found "five"',
    ]);
    expect(fast('wrong-code-output')).toEqual([]);
    expect(fast('wrong-answer-key').join('\n')).not.toContain('the answer key says');
  });

  test('a broken fixture counts as failed in the summary line', () => {
    expect(summaryLine(check('broken-link'))).toBe('check:content: 2 examples and 6 questions proven, 1 failed');
  });
});
