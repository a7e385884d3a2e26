// Read a lesson file the way the build does: YAML frontmatter, then an MDX body parsed into
// an mdast tree. The frontmatter is blanked (not cut) so tree positions are file line numbers.
// Neither part's mistake hides the other's: bad YAML still leaves the body to check, and an MDX
// syntax error is reported with its place while the body is read again as plain Markdown, so the
// lesson's runnable blocks and links are still checked in the same run.
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

/** What to do about an MDX syntax error, by the extension that raised it (not by its wording). */
const MDX_HINTS: Record<string, string> = {
  'micromark-extension-mdx-expression':
    'in MDX `{` starts a JavaScript expression: escape it as `\\{`, or put the text in `code`',
  'micromark-extension-mdx-jsx': 'in MDX `<` starts a JSX tag: escape it as `\\<` or `&lt;`, or put the text in `code`',
  'micromark-extension-mdxjs-esm':
    'in MDX a line starting with `import` or `export` is code: reword it or put it in `code`',
};

interface VFileLike {
  readonly line?: number;
  readonly column?: number;
  readonly reason?: string;
  readonly source?: string;
}

export function readLessonSource(text: string): LessonSource {
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
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const e = error as VFileLike;
    syntax.push({
      line: e.line ?? 1,
      column: e.column ?? 1,
      message: `MDX: ${e.reason ?? firstLine(error)}`,
      ...(e.source && MDX_HINTS[e.source] ? { hint: MDX_HINTS[e.source] } : {}),
    });
    tree = unified().use(remarkParse).parse(body);
  }
  return { frontmatter, frontmatterText: found?.[1], tree, syntax };
}

/** A YAML error's message without the excerpt the parser appends after its first line. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).replace(/ at line \d+, column \d+:?$/, '');
}
