// The end-to-end suite: real HTTP against a stack described by its outputs (see
// src/setup/global-setup.ts for how the target is chosen). Serial: the scenarios share one
// stack, and some of them (queue outage, poison jobs) affect everything running beside them.
export default {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/scenarios/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/src/setup/global-setup.ts',
  globalTeardown: '<rootDir>/src/setup/global-teardown.ts',
  maxWorkers: 1,
  // A deployed stage is slower to observe: SQS's approximate counts settle over about a minute.
  testTimeout: process.env['E2E_TARGET'] === 'aws' ? 600_000 : 120_000,
  verbose: true,
};
