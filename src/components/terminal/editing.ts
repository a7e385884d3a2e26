// Line-editing keys of a shell (readline's Ctrl+W, Tab completion) as pure functions on
// (text, cursor), so they are tested without a browser.
export interface Edited {
  readonly text: string;
  readonly cursor: number;
}

/** Ctrl+W: delete the whitespace-separated word before the cursor (and the spaces after it). */
export function deleteWordBefore(text: string, cursor: number): Edited {
  let start = cursor;
  while (start > 0 && text[start - 1] === ' ') start -= 1;
  while (start > 0 && text[start - 1] !== ' ') start -= 1;
  return { text: text.slice(0, start) + text.slice(cursor), cursor: start };
}

/** The longest prefix all candidates share ("--model-name", "--model-uri" -> "--model-"). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0] ?? '';
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/**
 * Replace text[from, cursor) with the completion. A unique completion of a whole word gets a
 * trailing space, as bash does, unless it already ends in one (or in "/" or "=", which expect more).
 */
export function applyCompletion(
  text: string,
  cursor: number,
  from: number,
  completion: string,
  unique: boolean,
): Edited {
  const typed = text.slice(from, cursor);
  // Never shorten what the learner typed (several candidates may share less than they typed).
  const insert = completion.length >= typed.length ? completion : typed;
  const space = unique && !/[\s/=:]$/.test(insert) && text[cursor] !== ' ' ? ' ' : '';
  const before = text.slice(0, from) + insert + space;
  return { text: before + text.slice(cursor), cursor: before.length };
}
