import { defineConfig } from 'vitest/config';

// Three kinds of test, visible in their file names (docs/architecture.md#tests):
// unit `*.test.ts` beside the code, integration `*.integration.test.ts` against the
// real embedded TimescaleDB and Socket.IO, e2e `e2e/tests/*.spec.ts` in Chromium.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/src/**/*.integration.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One embedded database per file; two cores: keep files sequential.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/tests/**/*.spec.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
