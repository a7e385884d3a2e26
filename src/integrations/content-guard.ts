// An Astro integration that refuses to build the site when `npm run check:content` would fail:
// an expected output the engine no longer prints, a wrong answer key or a broken reference
// never reaches learners. (Schema errors already fail the content collections themselves.)
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, summaryLine } from '../content-check/check.ts';
import { simulator } from '../content-check/engine.ts';
import { loadContent, staticRoutes } from '../content-check/load.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ContentGuardOptions {
  /** The folder holding lessons/, questions/ and scenarios/ (default: the repository's content/). */
  readonly contentDir?: string;
}

export function contentGuard(options: ContentGuardOptions = {}) {
  const contentDir = options.contentDir ?? `${REPO}content`;
  return {
    name: 'content-guard',
    hooks: {
      'astro:build:start': ({ logger }: { logger: { info(message: string): void } }) => {
        const report = checkContent(loadContent(contentDir, REPO), simulator, {
          routes: staticRoutes(`${REPO}src/pages`),
        });
        if (report.problems.length > 0) {
          throw new Error(
            `invalid content, the site is not built:\n${report.problems.map(formatProblem).join('\n')}\n${summaryLine(report)}`,
          );
        }
        logger.info(summaryLine(report));
      },
    },
  };
}
