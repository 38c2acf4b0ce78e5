import { defineConfig } from 'vitest/config';

/**
 * Three projects, one runner:
 * - unit: pure code (server and web), beside the code it tests (`*.test.ts` outside `*.int.test.ts`).
 * - integration: services, stores and HTTP on a real database (`*.int.test.ts`),
 *   run once per dialect (SQLite always, PostgreSQL when reachable; see test/support/databases.ts).
 * - e2e: the built server driven by headless Chromium (`test/e2e/**`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
