// A question bank (content/questions/<bank>.yaml): three kinds of question, each proven by
// `check:content` with the same engine the site grades with. Multiple-choice keys are proven by
// running each option (`verify`); "type the command" answers and "put in order" steps are run
// from the question's scenario and judged by named goal checks (src/engine/goal-schema.ts).
import { z } from 'zod';
import { goalSchema as goalCheckGoalSchema } from '../engine/goal-schema.ts';
import { contentName } from './lesson.ts';

/** Steps an option stands for, run from the question's scenario by the checker. */
export const runStepsSchema = z.union([
  z
    .object({
      /** Terminal lines, each run as if typed at the `$ ` prompt. */
      shell: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z
    .object({
      /** A Python program, run like a file (`python snippet.py`). */
      python: z.string().min(1),
    })
    .strict(),
]);
export type RunSteps = z.output<typeof runStepsSchema>;

const canonicalStage = z.enum(['None', 'Staging', 'Production', 'Archived']);

/** A state the registry must be in: only what is listed is checked. */
export const goalSchema = z
  .object({
    models: z.record(
      z.string().min(1),
      z
        .object({
          /** version number -> stage it must be in, e.g. `{1: Archived, 2: Production}`. */
          versions: z.record(z.string().regex(/^\d+$/, 'a version number'), canonicalStage).optional(),
          /** alias -> version number it must point to, e.g. `{champion: 2}`. */
          aliases: z.record(z.string().min(1), z.number().int().positive()).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type Goal = z.output<typeof goalSchema>;

/** Run in strict mode: the terminal is exactly real MLflow 3.x (no course shorthand). */
const strict = z.boolean().default(false);

/** How the checker proves the answer key (the UI ignores this). */
export const verifySchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Each option's `run` steps are run from the scenario; exactly the keyed option(s) reach `goal`. */
      kind: z.literal('goal'),
      goal: goalSchema,
      strict,
    })
    .strict(),
  z
    .object({
      /** The question's `code` is run; its output must equal the keyed option's `output` (or text) and no other option's. */
      kind: z.literal('output'),
      strict,
    })
    .strict(),
  z
    .object({
      /** Each option's `run` steps are run; exactly the keyed option(s) fail (non-zero exit or a traceback). */
      kind: z.literal('fails'),
      strict,
    })
    .strict(),
  z
    .object({
      /** Each option's `run` steps are run; exactly the keyed option(s) succeed. */
      kind: z.literal('succeeds'),
      strict,
    })
    .strict(),
]);
export type Verify = z.output<typeof verifySchema>;

export const optionSchema = z
  .object({
    /** Short id, unique within the question: `a`, `b`, `c`, `d`. */
    id: z.string().regex(/^[a-z0-9]+$/, 'a short lowercase id like "a"'),
    /** What the learner reads (markdown). */
    text: z.string().min(1),
    /** Whether this option is (one of) the right answer(s). */
    correct: z.boolean(),
    /** Why this option is right or wrong, shown after answering (markdown). */
    explanation: z.string().min(1),
    /** Steps this option stands for, for `verify` kinds goal, fails and succeeds. */
    run: runStepsSchema.optional(),
    /** The exact output this option claims, for `verify: {kind: output}` when `text` is not it. */
    output: z.string().optional(),
  })
  .strict();
export type QuestionOption = z.output<typeof optionSchema>;

/** Fields every kind of question has. */
const questionCommon = {
  /** Unique within the bank; lowercase words and dashes. Progress and review cards are stored under it. */
  id: contentName,
  /** How hard it is; a test attempt draws a fixed mix of each (src/components/quiz/draw.ts). */
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /**
   * Where the question appears: the practice set or the test pool. A question in both is reported by
   * `check:content` (a learner who practised it would meet it again as a test question).
   */
  use: z
    .array(z.enum(['practice', 'test']))
    .min(1)
    .max(2),
  /** The question (markdown). */
  prompt: z.string().min(1),
  /** A snippet shown with the prompt; with `verify: {kind: output}` it is run. */
  code: z
    .object({
      /** `python` for a program, `console` for terminal lines (`$ ` prompts optional). */
      lang: z.enum(['python', 'console']),
      /** The snippet itself. */
      source: z.string().min(1),
    })
    .strict()
    .optional(),
  /** Graduated hints, the gentlest first. Practice questions need at least one. */
  hints: z.array(z.string().min(1)).default([]),
  /** Step-by-step solution, one step per item. Practice questions need at least one. */
  solution: z.array(z.string().min(1)).default([]),
  /** True when the question is about the course's shorthand CLI (not real MLflow): the UI shows a badge. */
  shorthand: z.boolean().default(false),
  /** Commands offered by "Try it in the terminal" (practice). */
  tryIt: z
    .object({
      /** Terminal lines, run in order in the practice page's terminal. */
      commands: z.array(z.string().min(1)).min(1),
    })
    .strict()
    .optional(),
  /** Starting registry for the proof and, for the new kinds, for the learner's answer (default: the lesson's scenario). */
  scenario: contentName.optional(),
};

/** A multiple-choice question (the default kind: `kind` may be left out). */
export const choiceQuestionSchema = z
  .object({
    /** `choice` (may be left out): pick one option, or several with `multiple: true`. */
    kind: z.literal('choice').default('choice'),
    ...questionCommon,
    /**
     * The choices, in source order. The site shuffles them on every attempt, but `check:content`
     * still requires a bank's keys to be spread: no position holds more than 40 % of them.
     */
    options: z.array(optionSchema).min(2),
    /** More than one option may be correct (checkboxes instead of radio buttons). */
    multiple: z.boolean().default(false),
    /** How the checker proves the answer key; without it the question is reported as not simulation-proven. */
    verify: verifySchema.optional(),
  })
  .strict();
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;

/**
 * "Type the command or call": the learner types terminal lines or Python lines; the site runs
 * them through the engine from the question's scenario, and the answer is right when the
 * registry then meets `goal` (and/or the output matches `output`), however it was written.
 */
export const commandQuestionSchema = z
  .object({
    kind: z.literal('command'),
    ...questionCommon,
    /** Where the learner types: `shell` (terminal lines, one per line) or `python` (a short program). */
    answerIn: z.enum(['shell', 'python']),
    /**
     * Python shown read-only above the answer box and run before it, e.g. the import and
     * `client = MlflowClient()`, so the learner types only the call. Python answers only.
     */
    prelude: z.string().min(1).optional(),
    /** Named goal checks the registry must pass after the answer runs (src/engine/goal-schema.ts). */
    goal: goalCheckGoalSchema.optional(),
    /**
     * The output the answer must print, matched like a transcript's expected output (`...` and
     * `<placeholders>` work). With `goal` too, both must hold.
     */
    output: z.string().min(1).optional(),
    /**
     * Model answers, each proven right by `check:content`; the first is shown as the answer after
     * a wrong try or with the solution. List other spellings you want to be sure are accepted
     * (flag order, `-m` or `--model-uri`, keyword arguments).
     */
    answers: z.array(z.string().min(1)).min(1),
    /** Plausible wrong answers, each proven wrong by `check:content` (they show the goal is not met by accident). */
    wrongAnswers: z.array(z.string().min(1)).default([]),
    /** Why the model answer works, shown once the learner is right or opens the solution (markdown). */
    explanation: z.string().min(1),
    /** Run in strict mode: exactly real MLflow 3.x, no course shorthand accepted. */
    strict: z.boolean().default(false),
  })
  .strict();
export type CommandQuestion = z.output<typeof commandQuestionSchema>;

/** One step of an order question. */
export const orderStepSchema = z
  .object({
    /** Short id, unique within the question: `a`, `b`, ... (any order: the source order is the key). */
    id: z.string().regex(/^[a-z0-9]+$/, 'a short lowercase id like "a"'),
    /** What the learner reads and moves (markdown, one line). */
    text: z.string().min(1),
    /** What this step does, run by the checker in the order being tested. */
    run: runStepsSchema,
  })
  .strict();

/**
 * "Put the steps in order": the learner moves steps with Move up / Move down buttons (or drags
 * them). The steps are written in the right order; the site shows them shuffled. `check:content`
 * proves that this order reaches `goal` and that no other order does.
 */
export const orderQuestionSchema = z
  .object({
    kind: z.literal('order'),
    ...questionCommon,
    /** The steps in the right order, 3 to 6 of them. */
    steps: z.array(orderStepSchema).min(3).max(6),
    /** Named goal checks the registry passes after the steps run in the right order, and after no other order. */
    goal: goalCheckGoalSchema,
    /** Why this order, shown once the learner is right or opens the solution (markdown). */
    explanation: z.string().min(1),
    /** Run in strict mode: exactly real MLflow 3.x, no course shorthand accepted. */
    strict: z.boolean().default(false),
  })
  .strict();
export type OrderQuestion = z.output<typeof orderQuestionSchema>;

/** A question: `choice` (the default), `command` (type the command or call) or `order` (put the steps in order). */
export const questionSchema = z.discriminatedUnion('kind', [
  choiceQuestionSchema,
  commandQuestionSchema,
  orderQuestionSchema,
]);
export type Question = z.output<typeof questionSchema>;

export const questionBankSchema = z
  .object({
    /** The bank's name: the file name without .yaml. */
    bank: contentName,
    /** The lesson (file name without .mdx) these questions belong to. */
    lesson: contentName,
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type QuestionBank = z.output<typeof questionBankSchema>;
