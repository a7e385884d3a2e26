// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  integrations: [react(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    worker: { format: 'es' },
    resolve: {
      alias: [
        // Monaco's `exports` map hides its prebuilt CSS; the lazy editor inlines it with `?inline`
        // (Astro drops CSS of modules an island imports only dynamically).
        {
          find: /^monaco-editor-css$/,
          replacement: fileURLToPath(new URL('./node_modules/monaco-editor/min/vs/editor/editor.main.css', import.meta.url)),
        },
      ],
    },
  },
});
