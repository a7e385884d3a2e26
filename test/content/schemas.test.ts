// What an author reads when a content file does not fit its schema: the file, the field, what
// was expected and what was found.
import { describe, expect, test } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { questionBankSchema } from '../../src/schemas/question.ts';

const lesson = {
  title: 'T',
  description: 'D',
  order: 1,
  scenario: 'model-stages',
  minutes: 5,
  objectives: ['o'],
  questionBank: 'model-stages',
};
const option = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: 'because' });
const bank = (question: Record<string, unknown>) => ({
  bank: 'b',
  lesson: 'l',
  questions: [
    {
      id: 'q',
      difficulty: 'easy',
      use: ['practice'],
      prompt: 'P?',
      options: [option('a', true), option('b', false)],
      ...question,
    },
  ],
});

describe('lesson frontmatter', () => {
  test.each([
    ['a number written as text', { minutes: 'five' }, 'x.mdx: field "minutes": expected a number, found "five"'],
    [
      'a missing field',
      { title: undefined },
      'x.mdx: field "title": expected text, found nothing (the field is missing)',
    ],
    [
      'a misspelt field',
      { scenery: 'x' },
      'x.mdx: field "scenery": expected no such field (check the spelling against the schema), found "x"',
    ],
    [
      'a name with capitals',
      { scenario: 'Model Stages' },
      'x.mdx: field "scenario": expected a lowercase name like "model-stages", found "Model Stages"',
    ],
    [
      'an empty objectives list',
      { objectives: [] },
      'x.mdx: field "objectives": expected at least 1 item(s), found a list of 0',
    ],
  ])('%s', (_name, change, message) => {
    expect(() => parseWithFriendlyErrors(lessonSchema, { ...lesson, ...change }, 'x.mdx')).toThrow(message);
  });

  test('a valid frontmatter parses unchanged', () => {
    expect(parseWithFriendlyErrors(lessonSchema, lesson, 'x.mdx')).toEqual({ ...lesson, test: true });
  });
});

describe('question banks', () => {
  test.each([
    [
      'an unknown difficulty',
      { difficulty: 'tricky' },
      'field "questions[0].difficulty": expected one of "easy", "medium", "hard", found "tricky"',
    ],
    [
      'an option without explanation',
      { options: [option('a', true), { id: 'b', text: 'b', correct: false }] },
      'field "questions[0].options[1].explanation": expected text, found nothing (the field is missing)',
    ],
    [
      'an empty explanation',
      { options: [option('a', true), { ...option('b', false), explanation: '' }] },
      'field "questions[0].options[1].explanation": expected non-empty text, found ""',
    ],
    [
      'an unknown verify kind',
      { verify: { kind: 'guess' } },
      'field "questions[0].verify.kind": expected one of "goal", "output", "fails", "succeeds", found "guess"',
    ],
    [
      'a goal stage that is not canonical',
      { verify: { kind: 'goal', goal: { models: { m: { versions: { 1: 'Prod' } } } } } },
      'field "questions[0].verify.goal.models.m.versions.1": expected one of "None", "Staging", "Production", "Archived", found "Prod"',
    ],
  ])('%s', (_name, change, message) => {
    expect(() => parseWithFriendlyErrors(questionBankSchema, bank(change), 'q.yaml')).toThrow(`q.yaml: ${message}`);
  });

  test('defaults fill what an author may leave out', () => {
    const parsed = parseWithFriendlyErrors(questionBankSchema, bank({}), 'q.yaml').questions[0];
    expect(parsed).toMatchObject({ hints: [], solution: [], shorthand: false, multiple: false });
  });
});
