// Lab progress as a learner notices it: the command counter, hints revealed one tier at a time,
// completion that survives a new attempt, the best count, and a damaged record starting fresh.
import { beforeEach, describe, expect, test } from 'vitest';
import {
  EMPTY_LAB_PROGRESS,
  LAB_PROGRESS_KEY,
  _resetLabProgressForTests,
  countCommand,
  labOf,
  markSolved,
  newAttempt,
  revealHint,
  showSolution,
  startLabProgress,
  updateLabProgress,
  type LabProgress,
} from '../../src/stores/lab-progress.ts';
import { installMemoryStorage } from './memory-storage.ts';

const storage = installMemoryStorage();
beforeEach(() => {
  storage.clear();
  _resetLabProgressForTests();
});

const apply = (...steps: ((p: LabProgress) => LabProgress)[]) => steps.reduce((p, f) => f(p), EMPTY_LAB_PROGRESS);
const lab = 'promote-and-retire';

describe('pure updates', () => {
  test.each<[string, ((p: LabProgress) => LabProgress)[], Partial<ReturnType<typeof labOf>>]>([
    [
      'commands are counted',
      [(p) => countCommand(p, lab), (p) => countCommand(p, lab)],
      { commands: 2, solved: false },
    ],
    [
      'hints stop at the last tier',
      [(p) => revealHint(p, lab), (p) => revealHint(p, lab), (p) => revealHint(p, lab), (p) => revealHint(p, lab)],
      { hintsShown: 3 },
    ],
    [
      'solving keeps the count as the best',
      [(p) => countCommand(p, lab), (p) => markSolved(p, lab, 5)],
      { solved: true, solvedAt: 5, bestCommands: 1 },
    ],
    [
      'a new attempt restarts the count but keeps completion, best and help shown',
      [
        (p) => countCommand(p, lab),
        (p) => countCommand(p, lab),
        (p) => markSolved(p, lab, 5),
        (p) => revealHint(p, lab),
        (p) => showSolution(p, lab),
        (p) => newAttempt(p, lab),
      ],
      { commands: 0, solved: true, bestCommands: 2, hintsShown: 1, solutionShown: true },
    ],
    [
      'a better attempt improves the best; a worse one does not, and the first solve time stays',
      [
        (p) => countCommand(p, lab),
        (p) => countCommand(p, lab),
        (p) => markSolved(p, lab, 5),
        (p) => newAttempt(p, lab),
        (p) => countCommand(p, lab),
        (p) => markSolved(p, lab, 9),
      ],
      { bestCommands: 1, solvedAt: 5 },
    ],
  ])('%s', (_name, steps, expected) => {
    expect(labOf(apply(...steps), lab)).toMatchObject(expected);
  });

  test('an update that changes nothing returns the same object (no needless write)', () => {
    expect(newAttempt(EMPTY_LAB_PROGRESS, lab)).toBe(EMPTY_LAB_PROGRESS);
  });
});

describe('stored progress', () => {
  test('is saved under its own versioned key and read back on the next page', () => {
    updateLabProgress((p) => markSolved(countCommand(p, lab), lab, 1));
    expect(JSON.parse(storage.getItem(LAB_PROGRESS_KEY) ?? '{}')).toMatchObject({
      v: 1,
      labs: { [lab]: { solved: true, bestCommands: 1 } },
    });
    _resetLabProgressForTests();
    startLabProgress();
    expect(
      labOf(
        updateLabProgress((p) => p),
        lab,
      ).solved,
    ).toBe(true);
  });

  test('a damaged record starts fresh instead of breaking the page', () => {
    storage.setItem(LAB_PROGRESS_KEY, '{"v":1,"labs":{"x":{"commands":-1}}}');
    expect(
      labOf(
        updateLabProgress((p) => countCommand(p, lab)),
        lab,
      ).commands,
    ).toBe(1);
  });
});
