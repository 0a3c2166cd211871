import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'test/**/*.test.ts'],
    // Projects the end-to-end tests copy and run, with test suites of their own.
    exclude: ['**/node_modules/**', 'test/fixtures/**', 'packages/*/tests/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
