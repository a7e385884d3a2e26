// The course's own content passes `check:content`, and every question bank meets the lesson spec:
// at least 15 questions, at least 5 practice questions with hints and worked solutions, a test
// pool of at least 20 (6 easy, 6 medium, 4 hard) apart from practice, at least 3 "type the
// command" and 1 "order" question, and at least 8 answer keys the simulator proves.
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';
import { simulator } from '../../src/content-check/engine.ts';
import { loadContent, staticRoutes } from '../../src/content-check/load.ts';
import { questionBankSchema } from '../../src/schemas/question.ts';
import { REPO } from './fixtures.ts';

const files = loadContent(`${REPO}content`, REPO);
const report = checkContent(files, simulator, { routes: staticRoutes(`${REPO}src/pages`) });
// Every bank in content/questions, by file: each lesson's bank meets the same spec.
const banks = files.questions.map((f) => [f.path, questionBankSchema.parse(parse(f.text))] as const);
const bank = banks.find(([path]) => path === 'content/questions/model-stages.yaml')![1];
const lessonIds = files.lessons.map((f) => f.path.replace(/^content\/lessons\/|\.mdx$/g, ''));

describe('the course content', () => {
  test('passes every check', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  test('proves every runnable block of the stages lesson and at least 8 answer keys', () => {
    expect(report.examples).toBeGreaterThanOrEqual(10);
    expect(report.questions).toBeGreaterThanOrEqual(8);
  });
});

describe.each(banks)('the question bank %s', (path, b) => {
  const practice = b.questions.filter((q) => q.use.includes('practice'));
  const testSet = b.questions.filter((q) => q.use.includes('test'));
  const count = (d: string) => testSet.filter((q) => q.difficulty === d).length;

  test('is named after its file and belongs to a lesson', () => {
    expect(b.bank).toBe(path.replace(/^content\/questions\/|\.yaml$/g, ''));
    expect(lessonIds).toContain(b.lesson);
  });

  test('has at least 15 questions, 5 of them practice with hints, solutions and explanations', () => {
    expect(b.questions.length).toBeGreaterThanOrEqual(15);
    expect(practice.length).toBeGreaterThanOrEqual(5);
    for (const q of practice) {
      expect(q.hints.length, q.id).toBeGreaterThan(0);
      expect(q.solution.length, q.id).toBeGreaterThan(1);
      if (q.kind === 'choice')
        expect(
          q.options.every((o) => o.explanation.length > 0),
          q.id,
        ).toBe(true);
    }
  });

  test('has a test pool of at least 20 with at least 6 easy, 6 medium and 4 hard, none of them practice', () => {
    expect(testSet.length).toBeGreaterThanOrEqual(20);
    expect(count('easy')).toBeGreaterThanOrEqual(6);
    expect(count('medium')).toBeGreaterThanOrEqual(6);
    expect(count('hard')).toBeGreaterThanOrEqual(4);
    expect(testSet.filter((q) => q.use.includes('practice')).map((q) => q.id)).toEqual([]);
  });

  test('has at least 3 "type the command" and 1 "order" question', () => {
    expect(b.questions.filter((q) => q.kind === 'command').length).toBeGreaterThanOrEqual(3);
    expect(b.questions.filter((q) => q.kind === 'order').length).toBeGreaterThanOrEqual(1);
  });

  test('proves at least 8 answer keys by simulation', () => {
    expect(b.questions.filter((q) => q.kind !== 'choice' || q.verify !== undefined).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the model-stages question bank', () => {
  // seed-errata.md rows 1-2: CLI-syntax questions must say they are about the course's shorthand.
  test('labels every question about the shorthand CLI as course shorthand', () => {
    const aboutShorthand = bank.questions.filter((q) =>
      /transition-stage|transition-version|list-versions/.test(
        JSON.stringify(q.kind === 'choice' ? q.options : q) + q.prompt + (q.code?.source ?? ''),
      ),
    );
    expect(aboutShorthand.length).toBeGreaterThan(0);
    for (const q of aboutShorthand) {
      expect(q.shorthand, q.id).toBe(true);
      expect(q.prompt, q.id).toMatch(/shorthand/);
    }
  });
});
