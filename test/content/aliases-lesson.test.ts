// The aliases lesson (content/lessons/aliases.mdx), its question bank and its two labs, checked on
// their own so a drift elsewhere in the course does not hide (or cause) a failure here: every
// runnable block reproduces and both labs are proven. (Its bank meets the same spec as every
// bank: test/content/course.test.ts.)
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, type ContentFiles } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { loadContent, staticRoutes } from '../../src/content-check/load.ts';
import { labSchema } from '../../src/schemas/lab.ts';
import { REPO } from './fixtures.ts';

const all = loadContent(`${REPO}content`, REPO);
const MINE = [
  'content/lessons/aliases.mdx',
  'content/questions/aliases.yaml',
  'content/labs/migrate-and-promote.yaml',
  'content/labs/roll-back-champion.yaml',
];
const isMine = (path: string) => MINE.includes(path);
const routes = staticRoutes(`${REPO}src/pages`);
// The whole course is checked (the lesson links to the stages lesson), then again without this
// lesson's files: the difference is what this lesson proved, whatever happens elsewhere.
const withLesson = checkContent(all, simulator, { routes });
const without: ContentFiles = {
  lessons: all.lessons.filter((f) => !isMine(f.path)),
  questions: all.questions.filter((f) => !isMine(f.path)),
  scenarios: all.scenarios,
  labs: (all.labs ?? []).filter((f) => !isMine(f.path)),
};
const withoutLesson = checkContent(without, simulator, { routes });
const labFiles = (all.labs ?? []).filter((f) => isMine(f.path));
const labs = labFiles.map((f) => labSchema.parse(parse(f.text)));

describe('the aliases lesson', () => {
  test('reproduces every runnable block and proves its answer keys and labs', () => {
    const problems = withLesson.problems.filter((p) => isMine(p.file) || p.file.includes('aliases'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(withLesson.examples - withoutLesson.examples).toBe(13);
    expect(withLesson.questions - withoutLesson.questions).toBeGreaterThanOrEqual(8);
    expect((withLesson.labs ?? 0) - (withoutLesson.labs ?? 0)).toBe(2);
  });
});

describe('the aliases labs', () => {
  // Par counts registry-changing operations: `python`, the import and the client line are free.
  test.each([
    ['migrate-and-promote', 'model-stages-in-use', 5, 8],
    ['roll-back-champion', 'aliases-after-release', 2, 5],
  ])(
    '%s starts from %s, checks aliases, has par %i, and solves in %i terminal lines and in Python',
    (id, scenario, par, lines) => {
      const lab = labs.find((l) => l.id === id);
      expect(lab).toMatchObject({ lesson: 'aliases', scenario, par });
      expect(lab?.goal.checks.some((c) => c.kind === 'alias')).toBe(true);
      expect(lab?.solution.terminal?.length).toBe(lines);
      expect(lab?.solution.python).toContain('set_registered_model_alias');
    },
  );
});
