import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Fixed fast-check seeds (test/property.ts); FC_SEED / FC_RUNS explore further.
    setupFiles: ['test/fast-check-setup.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
