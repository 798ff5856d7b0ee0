// Integration tests: real AWS SDK clients against a moto server started for the run.
// `*.integration.spec.ts` files anywhere in apps/ and libs/.
const preset = require('./jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.integration.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/tools/moto/jest-global-setup.ts',
  globalTeardown: '<rootDir>/tools/moto/jest-global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
