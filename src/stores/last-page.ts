// The course page a learner opened last, for the home page's "Continue where you left off".
// Its own small document (the progress documents say what was done, not where one was).
import { z } from 'zod/mini';
import { STORAGE_PREFIX, load, save } from './storage.ts';

export const LAST_PAGE_KEY = `${STORAGE_PREFIX}last-page`;

const lastPageSchema = z.object({
  href: z.string().check(z.regex(/^\/[^/]/)),
  title: z.string().check(z.minLength(1)),
  at: z.number(),
});
export type LastPage = z.infer<typeof lastPageSchema>;

export function rememberPage(page: { href: string; title: string }, now = Date.now()): void {
  save(LAST_PAGE_KEY, { href: page.href, title: page.title, at: now });
}

/** The remembered page, or null (none yet, or a stored value that does not parse). */
export function lastPage(): LastPage | null {
  const loaded = load(LAST_PAGE_KEY, lastPageSchema);
  return loaded.status === 'ok' ? loaded.value : null;
}
