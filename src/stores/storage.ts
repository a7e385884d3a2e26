// Versioned, validated localStorage. Every key carries the app name and a schema version
// (`mlflow-academy:v1:...`); a value that fails its zod schema is reported as `corrupt` so the
// caller can start fresh *and say so*. Writes are one `setItem` of a whole JSON document, so a
// reader (this tab or another) never sees partial JSON; the last writer of a key wins.
import type { z } from 'zod/mini';

export const STORAGE_PREFIX = 'mlflow-academy:v1:';

export type Loaded<T> = { status: 'empty' } | { status: 'ok'; value: T } | { status: 'corrupt'; reason: string };

/** The browser's localStorage, or null where there is none or it is blocked. */
export function browserStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Access itself can throw (blocked third-party storage).
    return null;
  }
}

/** Parse a stored string against a schema; never throws. */
export function decode<T>(raw: string | null, schema: z.ZodMiniType<T>): Loaded<T> {
  if (raw === null) return { status: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', reason: 'not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { status: 'corrupt', reason: parsed.error.issues[0]?.message ?? 'invalid data' };
  return { status: 'ok', value: parsed.data };
}

export function load<T>(key: string, schema: z.ZodMiniType<T>): Loaded<T> {
  const s = browserStore();
  if (!s) return { status: 'empty' };
  let raw: string | null = null;
  try {
    raw = s.getItem(key);
  } catch {
    return { status: 'empty' };
  }
  return decode(raw, schema);
}

/** Write a whole document; false when storage is full or unavailable (the page keeps working). */
export function save(key: string, value: unknown): boolean {
  const s = browserStore();
  if (!s) return false;
  try {
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * Move an unreadable value aside to `<key>:unreadable` (the newest one kept), so that starting
 * that part fresh destroys nothing: a later version of the site, or a person, can still read it.
 */
export function setAside(key: string): void {
  const s = browserStore();
  if (!s) return;
  try {
    const raw = s.getItem(key);
    if (raw !== null) s.setItem(`${key}:unreadable`, raw);
  } catch {
    // Storage full: the value stays where it is until the next save replaces it.
  }
}

/** Forget a key. */
export function remove(key: string): void {
  try {
    browserStore()?.removeItem(key);
  } catch {
    // Nothing to do: the next save overwrites it anyway.
  }
}

/** Call `onChange` when another tab writes `key` (the `storage` event fires only in other tabs). */
export function watchKey(key: string, onChange: (raw: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (e: StorageEvent): void => {
    if (e.key === key || e.key === null) onChange(e.key === null ? null : e.newValue);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
