// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
// Astro 7 compiles Markdown and MDX with Sätteri; our runnables plugin is a Sätteri mdast plugin.
import { satteri } from '@astrojs/markdown-satteri';
import { runnablesMdastPlugin } from './src/integrations/runnables-plugin.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';

/**
 * Monaco's ESM files import their own stylesheets; Astro would collect those into a <link> on
 * every page with an example, before anyone asks for the editor. They become empty modules here,
 * and the editor injects Monaco's complete stylesheet itself when it loads (src/components/editor/monaco.ts).
 * @returns {import('vite').Plugin}
 */
function monacoCssWithTheEditor() {
  const STUB = '\0monaco-css-stub';
  return {
    name: 'monaco-css-with-the-editor',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('.css') && importer && /[\\/]monaco-editor[\\/]esm[\\/]/.test(importer)) return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? 'export {};' : null;
    },
  };
}

export default defineConfig({
  integrations: [react(), mdx(), contentGuard(), contentSecurityPolicy()],
  markdown: {
    // Lesson code fences (```console, ```python run + ```output) become TerminalExample / CodeExample.
    processor: satteri({ mdastPlugins: [runnablesMdastPlugin] }),
    // Plain code fences (the guide, lesson snippets that do not run) use the examples' two
    // high-contrast themes, switched with the page's theme (global.css reads --shiki-light/dark).
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  // The whole stylesheet is a few kB gzip: inline it, so first paint waits for no CSS request.
  build: { inlineStylesheets: 'always' },
  vite: {
    worker: { format: 'es' },
    plugins: [monacoCssWithTheEditor()],
    resolve: {
      alias: [
        // Monaco's `exports` map hides its prebuilt CSS; the lazy editor inlines it with `?inline`
        // (Astro drops CSS of modules an island imports only dynamically).
        {
          find: /^monaco-editor-css(?=\?|$)/,
          replacement: fileURLToPath(
            new URL('./node_modules/monaco-editor/min/vs/editor/editor.main.css', import.meta.url),
          ),
        },
      ],
    },
  },
});
