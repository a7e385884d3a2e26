// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
// Astro 7 compiles Markdown and MDX with Sätteri; our runnables plugin is a Sätteri mdast plugin.
import { satteri } from '@astrojs/markdown-satteri';
import { runnablesMdastPlugin } from './src/integrations/remark-runnables.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';

export default defineConfig({
  integrations: [react(), mdx(), contentGuard(), contentSecurityPolicy()],
  markdown: {
    // Lesson code fences (```console, ```python run + ```output) become TerminalExample / CodeExample.
    processor: satteri({ mdastPlugins: [runnablesMdastPlugin] }),
  },
  devToolbar: { enabled: false },
  vite: {
    worker: { format: 'es' },
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
