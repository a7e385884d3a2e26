// One content problem, one way to print it: `check:content`, the site build and `npm run dev`
// all show `file:line:column: where: message` with a hint where one helps, never a stack. A check
// says *where* as a path into the file's data (`['questions', 2, 'options', 0]`); the line and
// column are found once, here, from the file's own YAML.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Problem {
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** Where in the file's data the problem is: resolved to a line by `locateProblems`. */
  readonly path?: readonly (string | number)[];
  /** What is wrong, in the author's words: the field or block, expected and found. */
  readonly message: string;
  /** How to fix it, where a hint helps. */
  readonly hint?: string;
}

/** `content/lessons/x.mdx:12:5: field "minutes": expected a number, found "five"` (+ `  hint: ...`). */
export function formatProblem(p: Problem): string {
  const at = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}

/** A YAML text (a data file, or a lesson's frontmatter at `firstLine`) that paths are located in. */
export interface YamlSource {
  readonly text: string;
  /** The file line the text starts on (1 for a whole file, 2 for frontmatter after `---`). */
  readonly firstLine: number;
}

type Located = { line: number; column: number };

/**
 * The line and column of `path` in the YAML: the key of the last field when it exists (that is
 * what an author looks for), else the deepest part of the path that does (a missing field is
 * reported where its parent is).
 */
export function locate(source: YamlSource, path: readonly (string | number)[]): Located | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, keepSourceTokens: false });
  let node: unknown = doc.contents;
  let best: number | undefined = (doc.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      best = (pair.key as Node | null)?.range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  if (best === undefined) return undefined;
  const pos = counter.linePos(best);
  return { line: pos.line + source.firstLine - 1, column: pos.col };
}

/** Give every problem that has a path but no line its line and column. */
export function locateProblems(problems: readonly Problem[], sources: ReadonlyMap<string, YamlSource>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined || !p.path) return p;
    const source = sources.get(p.file);
    const at = source ? locate(source, p.path) : undefined;
    return at ? { ...p, ...at } : p;
  });
}

/** In file order, so an author fixes them top to bottom: by file, then line (unlocated last). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        a.p.file.localeCompare(b.p.file) ||
        (a.p.line ?? Number.MAX_SAFE_INTEGER) - (b.p.line ?? Number.MAX_SAFE_INTEGER) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}
