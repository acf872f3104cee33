/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': 'ts-jest' };

// Unit tests need nothing. The integration and journey tests share one real
// Neo4j, which the integration project's global setup starts (or reuses),
// resets and fills with the ingested seed letters; jest runs a project's
// global setup only when one of its tests is selected.
module.exports = {
  testTimeout: 60000,
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
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/journeys/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
