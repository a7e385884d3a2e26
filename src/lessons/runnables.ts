// The ONE extractor of runnable blocks from a lesson's markdown tree. The build plugin
// (src/integrations/runnables-plugin.ts) and the content checker both call it, so the ids a page
// shows and the blocks the checker proves are the same list.
//
//   ```console            a transcript (meta `norun` opts out)
//   ```python run         a code example; the next block must be ```output with what it prints
import type { Code, Root, RootContent } from 'mdast';
import { parseTranscript, TranscriptSyntaxError, type Step as TranscriptStep } from '../engine/transcript.ts';

export interface TranscriptRunnable {
  readonly kind: 'transcript';
  /** `<lesson-slug>-<n>`, n counting runnables from 1 in document order. */
  readonly id: string;
  readonly transcript: string;
  /** The transcript, parsed once here; the checker replays these steps. */
  readonly steps: readonly TranscriptStep[];
  readonly node: Code;
  /** 1-based line of the opening fence in the file. */
  readonly line: number;
}

export interface CodeRunnable {
  readonly kind: 'code';
  readonly id: string;
  readonly code: string;
  readonly expected: string;
  readonly node: Code;
  /** The ```output block holding `expected`; the plugin removes it from the page. */
  readonly outputNode: Code;
  readonly line: number;
}

export type Runnable = TranscriptRunnable | CodeRunnable;

export class RunnableSyntaxError extends Error {
  readonly kind = 'runnable-syntax';
  /** The line in the lesson file. */
  readonly line: number;
  /** What is wrong, without the position (`message` is `line N: reason`). */
  readonly reason: string;
  constructor(reason: string, line: number) {
    super(`line ${line}: ${reason}`);
    this.name = 'RunnableSyntaxError';
    this.line = line;
    this.reason = reason;
  }
}

function words(meta: string | null | undefined): string[] {
  return (meta ?? '').split(/\s+/).filter(Boolean);
}

export function isTranscriptBlock(node: Code): boolean {
  return node.lang === 'console' && !words(node.meta).includes('norun');
}

export function isCodeExampleBlock(node: Code): boolean {
  return node.lang === 'python' && words(node.meta).includes('run');
}

/** Code blocks in document order, each with the node that follows it in its parent. */
function codeBlocks(tree: Root): { node: Code; next: RootContent | undefined }[] {
  const found: { node: Code; next: RootContent | undefined }[] = [];
  const walk = (children: readonly RootContent[]): void => {
    children.forEach((child, i) => {
      if (child.type === 'code') found.push({ node: child, next: children[i + 1] });
      else if ('children' in child && Array.isArray(child.children)) walk(child.children as RootContent[]);
    });
  };
  walk(tree.children);
  return found;
}

/** Every runnable block of a lesson, with stable ids. Throws RunnableSyntaxError on a malformed block. */
export function extractRunnables(tree: Root, slug: string): Runnable[] {
  const { runnables, problems } = readRunnables(tree, slug);
  if (problems[0]) throw problems[0];
  return runnables;
}

/**
 * Every runnable block, and every malformed one as a problem, going on past each: the checker
 * reports them all in one run. A malformed block still takes its id, so later ids do not move.
 */
export function readRunnables(tree: Root, slug: string): { runnables: Runnable[]; problems: RunnableSyntaxError[] } {
  const runnables: Runnable[] = [];
  const problems: RunnableSyntaxError[] = [];
  const claimedOutputs = new Set<Code>();
  let ids = 0;
  for (const { node, next } of codeBlocks(tree)) {
    try {
      const runnable = readOne(node, next, slug, ids + 1, claimedOutputs);
      if (runnable) {
        ids++;
        runnables.push(runnable);
      }
    } catch (error) {
      if (!(error instanceof RunnableSyntaxError)) throw error;
      problems.push(error);
    }
  }
  return { runnables, problems };
}

function readOne(
  node: Code,
  next: RootContent | undefined,
  slug: string,
  n: number,
  claimedOutputs: Set<Code>,
): Runnable | undefined {
  const line = node.position?.start.line ?? 0;
  const id = `${slug}-${n}`;
  {
    if (isTranscriptBlock(node)) {
      let steps: TranscriptStep[];
      try {
        steps = parseTranscript(node.value);
      } catch (error) {
        if (error instanceof TranscriptSyntaxError)
          throw new RunnableSyntaxError(`console block: ${error.reason}`, line + error.line);
        throw error;
      }
      return { kind: 'transcript', id, transcript: node.value, steps, node, line };
    } else if (isCodeExampleBlock(node)) {
      if (next?.type !== 'code' || next.lang !== 'output') {
        throw new RunnableSyntaxError(
          'a ```python run block must be followed directly by an ```output block holding what it prints (leave it empty if it prints nothing)',
          line,
        );
      }
      claimedOutputs.add(next);
      return { kind: 'code', id, code: node.value, expected: next.value, node, outputNode: next, line };
    } else if (node.lang === 'output' && !claimedOutputs.has(node)) {
      throw new RunnableSyntaxError('an ```output block must come right after a ```python run block', line);
    }
  }
  return undefined;
}
