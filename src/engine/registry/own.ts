// Records keyed by the learner's text (model names, tag keys, aliases): `__proto__`,
// `constructor` or `toString` must be keys like any other, never Object's own members.

/** record[key] if it is the record's own entry. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Set an own entry (plain `record[key] = v` with key `__proto__` would set the prototype instead). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
