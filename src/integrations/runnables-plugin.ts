// Turns a lesson's runnable blocks into the site's components at build time:
//   ```console            -> <TerminalExample id transcript />
//   ```python run + ```output -> <CodeExample id code expected />
// Which blocks are runnable, and their ids, come from the one shared extractor
// (src/lessons/runnables.ts), so the page and `npm run check:content` agree.
//
// Astro 7 compiles MDX with Sätteri, whose plugins are visitor objects: `runnablesMdastPlugin`
// (registered in astro.config.mjs) is thin, and the checker reads lessons with the same parser
// (src/lessons/source.ts), so both see one document.
import type { Root, RootContent } from 'mdast';
import { extractRunnables, RunnableSyntaxError, type Runnable } from '../lessons/runnables.ts';

/** The MDX JSX element a runnable becomes (mdast `mdxJsxFlowElement` with string attributes). */
export interface RunnableElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children: [];
}

export function runnableElement(runnable: Runnable): RunnableElement {
  const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  const attributes =
    runnable.kind === 'transcript'
      ? [attr('id', runnable.id), attr('transcript', runnable.transcript)]
      : [attr('id', runnable.id), attr('code', runnable.code), attr('expected', runnable.expected)];
  return {
    type: 'mdxJsxFlowElement',
    name: runnable.kind === 'transcript' ? 'TerminalExample' : 'CodeExample',
    attributes,
    children: [],
  };
}

/** `content/lessons/model-stages.mdx` -> `model-stages`. */
export function lessonSlug(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.mdx?$/, '');
}

/** Only lessons carry runnables; other MDX pages keep their code blocks as they are. */
export function isLessonPath(path: string): boolean {
  return /[\\/]content[\\/]lessons[\\/][^\\/]+\.mdx$/.test(path);
}

function extractOrExplain(tree: Root, path: string): Runnable[] {
  try {
    return extractRunnables(tree, lessonSlug(path));
  } catch (error) {
    if (error instanceof RunnableSyntaxError) throw new Error(`${path}:${error.line}: ${error.reason}`);
    throw error;
  }
}

/** The slice of Sätteri's plugin context this plugin uses (see satteri's MdastVisitorContext). */
interface SatteriContext {
  replaceNode(node: unknown, replacement: unknown): void;
  removeNode(node: unknown): void;
}

/**
 * Sätteri mdast plugin factory for `satteri({ mdastPlugins: [runnablesMdastPlugin] })`. It runs
 * the shared extractor on the whole tree once, before any visitor, then swaps the nodes.
 */
export function runnablesMdastPlugin(factory: { fileURL: URL | undefined; sourceFormat: string }) {
  const path = factory.fileURL ? decodeURIComponent(factory.fileURL.pathname) : '';
  if (factory.sourceFormat !== 'mdx' || !isLessonPath(path)) return null;
  return {
    name: 'lesson-runnables',
    options: { position: true },
    before(root: Root, ctx: SatteriContext): void {
      for (const runnable of extractOrExplain(root, path)) {
        ctx.replaceNode(runnable.node, runnableElement(runnable));
        if (runnable.kind === 'code') ctx.removeNode(runnable.outputNode);
      }
    },
  };
}
