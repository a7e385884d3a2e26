// The shape of one page's saved session in localStorage (`mlflow-academy:v1:session:<lesson>`),
// apart from the session store itself so that pages without a session (the home page's progress
// export and import) can validate saved sessions without loading the store.
import { z } from 'zod/mini';
import { STORAGE_PREFIX } from './storage.ts';
import { registryStateSchema } from '../engine/registry/schema.ts';

/** Every saved session's key starts with this; the rest is the lesson (or `lab:<id>`, `sandbox`). */
export const SESSION_KEY_PREFIX = `${STORAGE_PREFIX}session:`;

const lineSchema = z.object({
  kind: z.enum(['input', 'stdout', 'stderr', 'info']),
  text: z.string(),
  prompt: z.optional(z.string()),
  tone: z.optional(z.enum(['error', 'warning', 'note', 'log'])),
});

/** One lesson's saved session as stored (also what each of a progress export's `sessions` must match). */
export const envelopeSchema = z.object({
  v: z.literal(1),
  lesson: z.string(),
  savedAt: z.number(),
  strict: z.boolean(),
  mode: z.enum(['shell', 'python']),
  prompt: z.string(),
  history: z.array(z.string()).check(z.maxLength(1000)),
  lines: z.array(lineSchema).check(z.maxLength(5000)),
  registry: registryStateSchema,
  /** The engine's own snapshot (Session.snapshot()); its shape is the engine's business. */
  snapshot: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;
