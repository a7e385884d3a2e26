import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Fixed fast-check seeds (test/property.ts); FC_SEED / FC_RUNS explore further.
    setupFiles: ['test/fast-check-setup.ts'],
    // A 2-core machine running property tests beside a build: the default 5 s is too tight to
    // mean anything (speed is measured by `npm run bench`, never by a test's timeout).
    testTimeout: 20_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
