// What of a page's session goes to localStorage, bounded so one huge line (a 3 MB paste) cannot
// fill the browser's quota and block every later save: screen lines are shortened, long history
// entries are not kept (the engine's snapshot bounds its own copies: src/engine/session-snapshot.ts).
import type { Envelope } from './session-schema.ts';

/** The longest screen line stored; the rest of it is replaced by a marker saying so. */
export const STORED_LINE_CHARS = 2000;
/** History entries longer than this are typed again rather than stored. */
export const STORED_HISTORY_CHARS = 10_000;

export function shortenedLine(text: string): string {
  if (text.length <= STORED_LINE_CHARS) return text;
  return `${text.slice(0, STORED_LINE_CHARS)}… [${(text.length - STORED_LINE_CHARS).toLocaleString('en-US')} more characters not saved]`;
}

export function boundedEnvelope(env: Envelope): Envelope {
  return {
    ...env,
    history: env.history.filter((h) => h.length <= STORED_HISTORY_CHARS),
    lines: env.lines.map((l) => (l.text.length > STORED_LINE_CHARS ? { ...l, text: shortenedLine(l.text) } : l)),
  };
}
