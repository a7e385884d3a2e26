// An Astro integration that holds the site to `npm run check:content`, with the checker's own
// messages in every face:
// - `astro build` runs the whole check before anything else (before Astro's content sync, whose
//   schema errors read differently) and, on any problem, prints exactly what check:content
//   prints and stops with exit 1: no stack trace, no second wording of the same mistake.
// - `astro dev` checks the content folder when the server starts and each file again when it is
//   saved, and shows its problems in a panel on every open page: schema, YAML and lint problems
//   at once, then what running its examples and keys finds; the panel clears when the file is
//   fixed (./content-guard-client.ts).
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkContent, summaryLine, type Report } from '../content-check/check.ts';
import { simulator } from '../content-check/engine.ts';
import { loadContent, staticRoutes } from '../content-check/load.ts';
import { formatProblem, type Problem } from '../content-check/problem.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ContentGuardOptions {
  /** The folder holding lessons/, questions/, scenarios/ and labs/ (default: the repository's content/). */
  readonly contentDir?: string;
}

/** The check the build runs, and the text it prints: the same lines as `npm run check:content`. */
export function checkForBuild(contentDir: string): { ok: boolean; text: string; report: Report } {
  const report = checkContent(loadContent(contentDir, REPO), simulator, { routes: staticRoutes(`${REPO}src/pages`) });
  const lines = [...report.problems.map(formatProblem), summaryLine(report)];
  if (report.problems.length > 0) lines.unshift('invalid content, the site is not built:');
  return { ok: report.problems.length === 0, text: `${lines.join('\n')}\n`, report };
}

/** What the dev panel shows: each file's problems, as printed lines. */
export type DevProblems = Record<string, string[]>;

const EVENT = 'content-guard:problems';

/** The Vite plugin behind `astro dev`: re-checks a saved content file and tells the pages. */
function devFeedback(contentDir: string): Plugin {
  return {
    name: 'content-guard:dev',
    configureServer(server) {
      const byFile = new Map<string, string[]>();
      const payload = (): DevProblems => Object.fromEntries([...byFile].filter(([, lines]) => lines.length > 0));
      const group = (problems: readonly Problem[], files: Iterable<string>): void => {
        for (const f of files) byFile.set(f, []);
        for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), formatProblem(p)]);
      };
      const run = (only?: string, proofs = true): void => {
        const files = loadContent(contentDir, REPO);
        const report = checkContent(files, simulator, { routes: staticRoutes(`${REPO}src/pages`), only, proofs });
        const all = [...files.lessons, ...files.questions, ...files.scenarios, ...(files.labs ?? [])].map(
          (f) => f.path,
        );
        const touched = only === undefined ? all : [only];
        if (proofs) group(report.problems, touched);
        // The fast pass only adds: what the last full pass found stays until the proofs rerun.
        else
          for (const f of touched) {
            const lines = report.problems.filter((p) => p.file === f).map(formatProblem);
            byFile.set(f, [...new Set([...lines, ...(byFile.get(f) ?? [])])]);
          }
        server.ws.send(EVENT, payload());
      };
      // The whole course once, shortly after start (it takes a few seconds; pages load meanwhile).
      setTimeout(() => run(), 1500);
      server.watcher.add(contentDir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const changed = (path: string): void => {
        if (!path.startsWith(contentDir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const file = relative(REPO, path).replace(/\\/g, '/');
          // Schema, YAML and lints first (milliseconds), then the examples and keys it proves.
          run(file, false);
          setTimeout(() => run(file), 0);
        }, 60);
      };
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, changed);
      server.ws.on('content-guard:hello', (_data: unknown, client: { send(event: string, data: unknown): void }) =>
        client.send(EVENT, payload()),
      );
    },
  };
}

export function contentGuard(options: ContentGuardOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? `${REPO}content`;
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectScript }) => {
        if (command === 'build') {
          const { ok, text } = checkForBuild(contentDir);
          process.stdout.write(text);
          // Exiting here, not throwing: a thrown error would be printed again by Astro with its
          // hook banner and a stack, which is exactly the second wording this guard removes.
          if (!ok) process.exit(1);
        }
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [devFeedback(contentDir)] } });
          injectScript('page', `import ${JSON.stringify(`${REPO}src/integrations/content-guard-client.ts`)};`);
        }
      },
    },
  };
}
