// A question bank (content/questions/<bank>.yaml). The quiz UI reads every field except
// `scenario`, `verify` and the options' `run` / `output`, which only the content checker reads
// to prove the answer key by simulation.
import { z } from 'zod';
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

export const questionSchema = z
  .object({
    /** Unique within the bank; lowercase words and dashes. Progress is stored under it. */
    id: contentName,
    difficulty: z.enum(['easy', 'medium', 'hard']),
    /** Where the question appears: the practice set, the 10-question test, or both. */
    use: z
      .array(z.enum(['practice', 'test']))
      .min(1)
      .max(2),
    /** The question (markdown). */
    prompt: z.string().min(1),
    /** A snippet shown with the prompt; with `verify: {kind: output}` it is run. */
    code: z
      .object({
        lang: z.enum(['python', 'console']),
        source: z.string().min(1),
      })
      .strict()
      .optional(),
    /** The choices, in the order shown. */
    options: z.array(optionSchema).min(2),
    /** More than one option may be correct (checkboxes instead of radio buttons). */
    multiple: z.boolean().default(false),
    /** Graduated hints, the gentlest first. Practice questions need at least one. */
    hints: z.array(z.string().min(1)).default([]),
    /** Step-by-step solution, one step per item. Practice questions need at least one. */
    solution: z.array(z.string().min(1)).default([]),
    /** True when the question is about the course's shorthand CLI (not real MLflow): the UI shows a badge. */
    shorthand: z.boolean().default(false),
    /** Commands offered by "Try it in the terminal". */
    tryIt: z
      .object({ commands: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
    /** Starting registry for `verify` (default: the lesson's scenario). */
    scenario: contentName.optional(),
    /** How the checker proves the answer key; without it the question is reported as not simulation-proven. */
    verify: verifySchema.optional(),
  })
  .strict();
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
