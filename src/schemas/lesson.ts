// A lesson's frontmatter (content/lessons/<slug>.mdx). Every field is documented here because
// this file is what the authoring guide points to.
import { z } from 'zod';

/** File names used as references between content files: lowercase words joined by dashes. */
export const contentName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase name like "model-stages"');

export const lessonSchema = z
  .object({
    /** Page title and the lesson's name in the course list. */
    title: z.string().min(1),
    /** One sentence for the course list and the page's meta description. */
    description: z.string().min(1),
    /** Position in the course, ascending (1 comes first). */
    order: z.number().int().positive(),
    /** The starting registry: a file name (without .yaml) in content/scenarios. */
    scenario: contentName,
    /** Estimated reading-and-doing time, in minutes. */
    minutes: z.number().int().positive(),
    /** What a learner can do after the lesson, one short sentence each. */
    objectives: z.array(z.string().min(1)).min(1),
    /** The lesson's questions: a file name (without .yaml) in content/questions. */
    questionBank: contentName,
    /**
     * `false`: the lesson has no test. The site then shows no Test link or page for it, and its bank
     * needs no test pool (otherwise the pool holds at least 20 questions: 6 easy, 6 medium, 4 hard).
     */
    test: z.boolean().default(true),
  })
  .strict();

export type LessonFrontmatter = z.output<typeof lessonSchema>;
