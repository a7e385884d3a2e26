// Read a lesson file the way the build does: YAML frontmatter, then an MDX body parsed into
// an mdast tree. The frontmatter is blanked (not cut) so tree positions are file line numbers.
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export interface LessonSource {
  /** The frontmatter as YAML data (undefined when the file has none). */
  readonly frontmatter: unknown;
  readonly tree: Root;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readLessonSource(text: string): LessonSource {
  const found = FRONTMATTER.exec(text);
  const frontmatter: unknown = found ? parseYaml(found[1] ?? '') : undefined;
  const body = found ? found[0].replace(/[^\n]/g, '') + text.slice(found[0].length) : text;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  return { frontmatter, tree };
}
