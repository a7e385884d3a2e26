// A lesson's progress as the course map and the home path show it.
import { expect, test } from 'vitest';
import { summarizeLesson } from '../../src/components/site/course-progress.ts';
import { EMPTY_LESSON } from '../../src/stores/progress.ts';
import { EMPTY_LAB } from '../../src/stores/lab-progress.ts';

const solved = { ...EMPTY_LAB, solved: true };

test.each([
  ['nothing done', EMPTY_LESSON, [], 'new', '', 'Not started'],
  ['read only', { ...EMPTY_LESSON, visited: true }, [], 'started', 'Read', 'In progress: read'],
  [
    'read, practised, a passing test and one lab',
    {
      ...EMPTY_LESSON,
      visited: true,
      practice: { q1: { option: 'a', correct: true }, q2: { option: 'b', correct: false } },
      bestScore: 8,
      testTotal: 10,
    },
    [solved, EMPTY_LAB],
    'done',
    'Read · 2/6 practised · test 8/10 · 1/2 labs',
    'Done: read, 2/6 practised, test 8/10, 1/2 labs',
  ],
  [
    'a test below 80 % is not done',
    { ...EMPTY_LESSON, visited: true, bestScore: 7, testTotal: 10 },
    [],
    'started',
    'Read · test 7/10',
    'In progress: read, test 7/10',
  ],
  [
    'a test taken without reading',
    { ...EMPTY_LESSON, bestScore: 10, testTotal: 10 },
    [],
    'started',
    'Test 10/10',
    'In progress: test 10/10',
  ],
] as const)('%s', (_name, lesson, labs, state, facts, label) => {
  expect(summarizeLesson(lesson, labs, 6)).toEqual({ state, facts, label });
});
