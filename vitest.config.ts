import { defineConfig } from 'vitest/config';

// Three projects, one run: unit tests beside the code, integration tests against the real
// PostGIS test database, end-to-end tests in headless Chromium against a real server.
export default defineConfig({
  test: {
    // Once per run, for every project: rebuild and seed the test database.
    globalSetup: ['tests/setup/test-database.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            '{api,db,domain,scripts,web}/src/**/*.test.{ts,tsx}',
            'solver/src/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          // Integration first on the freshly seeded database, end-to-end journeys after it.
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Files share the seeded database; one at a time keeps counts and chains exact.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          // After unit and integration: end-to-end journeys commit what the integration tests
          // count on (village boundary versions among them) in the shared test database.
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page waited for with expect.poll (a chart drawn, a sheet loaded) may take seconds
          // on a busy machine; vitest's own default gives it one.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
