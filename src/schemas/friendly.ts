// Turn a zod failure into what an author can act on: the file, the field, what was expected and
// what was found ("content/lessons/x.mdx: field "minutes": expected a number, found "five"").
import type { z } from 'zod';

/** One problem in one content file, ready to print. */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: readonly FieldProblem[];
  constructor(file: string, problems: readonly FieldProblem[]) {
    super(problems.map((p) => `${file}: ${describeProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. `questions[2].options[0].explanation`; empty for the whole file. */
  readonly field: string;
  /** The same path as data keys (`['questions', 2, 'options', 0, 'explanation']`), to find its line. */
  readonly path?: readonly (string | number)[];
  readonly expected: string;
  readonly found: string;
}

export function describeProblem(p: FieldProblem): string {
  const where = p.field ? `field "${p.field}"` : 'the file';
  return `${where}: expected ${p.expected}, found ${p.found}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function keys(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function toProblem(issue: z.core.$ZodIssue, data: unknown): FieldProblem[] {
  const found = show(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          field: fieldPath(issue.path),
          path: keys(issue.path),
          expected: TYPE_WORDS[issue.expected] ?? issue.expected,
          found,
        },
      ];
    case 'invalid_value':
      return [
        {
          field: fieldPath(issue.path),
          path: keys(issue.path),
          expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          found,
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        path: keys([...issue.path, key]),
        expected: 'no such field (check the spelling against the schema)',
        found: show(valueAt(data, [...issue.path, key])),
      }));
    case 'too_small':
      return [
        {
          field: fieldPath(issue.path),
          path: keys(issue.path),
          expected:
            issue.origin === 'string'
              ? 'non-empty text'
              : `at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : ''}`,
          found,
        },
      ];
    case 'invalid_union': {
      // A discriminated union names its allowed tags (`verify.kind`); other unions only their message.
      const tags = (issue as { options?: unknown[] }).options;
      const expected = Array.isArray(tags)
        ? `one of ${tags.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.message || 'one of the allowed shapes';
      return [{ field: fieldPath(issue.path), path: keys(issue.path), expected, found }];
    }
    default:
      return [{ field: fieldPath(issue.path), path: keys(issue.path), expected: issue.message, found }];
  }
}

/** The problems a failed parse found, one per field. */
export function problemsOf(error: z.ZodError, data: unknown): FieldProblem[] {
  return error.issues.flatMap((issue) => toProblem(issue, data));
}

/** Parse `data` with `schema` or throw a ContentError naming `file`, each field, expected and found. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(file, problemsOf(result.error, data));
}
