// Content collections: a glob loader plus a schema each. The schemas are the documentation of
// what an author may write (src/schemas/*, the engine's ScenarioSpec for scenarios).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ScenarioSpec } from './engine/registry/scenario.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { questionBankSchema } from './schemas/question.ts';
import { labSchema } from './schemas/lab.ts';

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/lessons' }), schema: lessonSchema }),
  questions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/questions' }),
    schema: questionBankSchema,
  }),
  labs: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/labs' }), schema: labSchema }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
    schema: ScenarioSpec,
  }),
};
