// A lab (content/labs/<id>.yaml): a registry situation, a goal the learner must bring the registry
// to, and help in tiers. The learner may use any commands; only the resulting state is checked.
// The content checker proves every lab: the reference solution reaches the goal from the
// scenario, and the scenario alone does not.
import { z } from 'zod';
import { goalCheckSchema, goalSchema } from '../engine/goal-schema.ts';
import { contentName } from './lesson.ts';

export const labSolutionSchema = z
  .object({
    /**
     * Lines typed in the terminal, in order, exactly as a learner would type them: shell commands,
     * and after `python` the Python REPL's lines. "Run solution" plays these into the terminal.
     */
    terminal: z.array(z.string()).min(1).optional(),
    /** The same fix as a Python program (the real MLflow client), proven separately from the scenario. */
    python: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.terminal !== undefined || s.python !== undefined, {
    message: 'a solution needs `terminal` lines, a `python` program, or both',
  });

export const labHintsSchema = z
  .object({
    /** Tier 1: a nudge that points at the part of the situation to look at, without naming a call. */
    nudge: z.string().min(1),
    /** Tier 2: the concept that solves it (which option, which API), still without the exact command. */
    concept: z.string().min(1),
    /** Tier 3: the exact command(s), in a code span or block, so a stuck learner can finish. */
    command: z.string().min(1),
  })
  .strict();

/** Feedback for a common wrong state: shown while every `when` check passes and the goal is not reached. */
export const labFeedbackSchema = z
  .object({
    /** The wrong state, as goal checks (same kinds as the goal). */
    when: z.array(goalCheckSchema).min(1),
    /** What to tell the learner (markdown): why this state is not the goal and what to do. */
    say: z.string().min(1),
  })
  .strict();

export const labSchema = z
  .object({
    /** Unique lab id: the file name without .yaml. Progress is stored under it. */
    id: contentName,
    /** The lesson (file name without .mdx) whose Labs page lists this lab. */
    lesson: contentName,
    /** Position among the lesson's labs, ascending. */
    order: z.number().int().positive(),
    /** Heading of the lab. */
    title: z.string().min(1),
    /** The situation and the task in a few sentences (markdown). */
    story: z.string().min(1),
    /** The starting registry: a file name (without .yaml) in content/scenarios. */
    scenario: contentName,
    /** What the registry must look like: named checks, all of which must pass. */
    goal: goalSchema,
    /** Help in three tiers, revealed one at a time. */
    hints: labHintsSchema,
    /** The reference solution; the checker proves it reaches the goal. */
    solution: labSolutionSchema,
    /**
     * Par: the registry-changing operations a good route needs (shown beside the learner's count).
     * Only inputs that change the registry count: `python`, imports, `c = MlflowClient()` and reads
     * do not. check:content runs both solutions and requires par to be reachable by each and no
     * more than the route that needs most, so the real client route is never over par.
     */
    par: z.number().int().positive(),
    /**
     * Which way of solving it is real MLflow, in one sentence shown under the story, e.g. "The
     * shorthand `transition-stage` is the course's; the Python client call is real MLflow."
     */
    realMlflow: z.string().min(1),
    /** Author-written feedback for common wrong states (e.g. promoted without archiving). */
    feedback: z.array(labFeedbackSchema).default([]),
  })
  .strict();

export type Lab = z.output<typeof labSchema>;
export type LabInput = z.input<typeof labSchema>;
