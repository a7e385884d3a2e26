// Read a lesson file: YAML frontmatter, then its MDX body as an mdast tree, with the same parser
// the site compiles lessons with (Sätteri, Astro 7's MDX processor), so the checker and the page
// see the same document and the same syntax errors. The frontmatter is blanked (not cut) so
// tree positions are file line numbers.
// Neither part's mistake hides the other's: bad YAML still leaves the body to check, and an MDX
// syntax error is reported with its place while the body is read again as plain Markdown, so the
// lesson's runnable blocks and links are still checked in the same run.
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';

/** A place in the file where the MDX (or the frontmatter's YAML) cannot be read. */
export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint?: string;
}

export interface LessonSource {
  /** The frontmatter as YAML data (undefined when the file has none or it is not valid YAML). */
  readonly frontmatter: unknown;
  /** The frontmatter's YAML text (it starts on the file's line 2). */
  readonly frontmatterText: string | undefined;
  readonly tree: Root;
  /** Problems reading the file itself: the frontmatter's YAML, the MDX syntax. */
  readonly syntax: readonly SyntaxProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** What to do about an MDX syntax error, by the construct Sätteri was reading. */
const MDX_HINTS: Record<string, string> = {
  expression: 'in MDX `{` starts a JavaScript expression: escape it as `\\{`, or put the text in `code`',
  jsx: 'in MDX `<` starts a JSX tag: escape it as `\\<` or `&lt;`, or put the text in `code`',
  esm: 'in MDX a line starting with `import` or `export` is code: reword it or put it in `code`',
};

/**
 * Sätteri's native parser reports a syntax error only as text, `LINE:COL: reason (rule)`: this is
 * the one place that text is read, at the boundary, into a value with a place and a kind.
 */
function mdxSyntaxProblem(error: unknown): SyntaxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/.exec(text);
  if (!m) return { line: 1, column: 1, message: `MDX: ${text}` };
  const reason = m[3]!;
  const construct = /expression/.test(reason) ? 'expression' : m[4] === 'mdx-jsx' ? 'jsx' : (m[4] ?? '');
  const hint = MDX_HINTS[construct];
  return { line: Number(m[1]), column: Number(m[2]), message: `MDX: ${reason}`, ...(hint ? { hint } : {}) };
}

/**
 * Lessons read before, by their text: the dev server re-checks the course on every save, and
 * parsing the lessons that did not change is most of that time. Nothing reading a source changes
 * it, so a cached one is as good as a new one.
 */
const read = new Map<string, LessonSource>();
const KEEP = 64;

export function readLessonSource(text: string): LessonSource {
  const known = read.get(text);
  if (known) return known;
  const source = parseLessonSource(text);
  if (read.size >= KEEP) read.delete(read.keys().next().value as string);
  read.set(text, source);
  return source;
}

function parseLessonSource(text: string): LessonSource {
  const syntax: SyntaxProblem[] = [];
  const found = FRONTMATTER.exec(text);
  let frontmatter: unknown;
  if (found) {
    try {
      frontmatter = parseYaml(found[1] ?? '');
    } catch (error) {
      const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
      syntax.push({
        line: (pos?.line ?? 1) + 1,
        column: pos?.col ?? 1,
        message: `frontmatter: not valid YAML: ${firstLine(error)}`,
      });
    }
  }
  const body = found ? found[0].replace(/[^\n]/g, '') + text.slice(found[0].length) : text;
  let tree: Root;
  try {
    tree = mdxToMdast(body) as unknown as Root;
  } catch (error) {
    syntax.push(mdxSyntaxProblem(error));
    tree = markdownToMdast(body) as unknown as Root;
  }
  return { frontmatter, frontmatterText: found?.[1], tree, syntax };
}

/** A YAML error's message without the excerpt the parser appends after its first line. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).replace(/ at line \d+, column \d+:?$/, '');
}
