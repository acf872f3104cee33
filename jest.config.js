/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] };

// Three kinds of test, each runnable alone: unit tests need nothing; the
// integration and journey tests share one real Neo4j, started (or reused) by
// the global setup and filled by it with the ingested seed letters.
module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  projects: [
    {
      displayName: 'unit',
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/journeys/**/*.test.ts'],
    },
  ],
};
