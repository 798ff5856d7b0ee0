// Shared Jest settings for every project. SWC strips types and turns ESM into CommonJS,
// including the ESM-only `typebox` package, which Jest's CommonJS runtime cannot load as is.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(ts|js|mjs)$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!typebox/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@payments/contracts/lambda$': path.join(__dirname, 'libs/contracts/src/lambda/index.ts'),
    '^@payments/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@payments/aws-clients$': path.join(__dirname, 'libs/aws-clients/src/index.ts'),
    '^@payments/api-client$': path.join(__dirname, 'tools/api-client/src/index.ts'),
    '^@payments/moto-harness$': path.join(__dirname, 'tools/moto/index.ts'),
  },
  testMatch: ['**/*.spec.ts'],
  // Integration specs need the emulator: jest.integration.config.js runs them.
  testPathIgnorePatterns: ['/node_modules/', '\\.integration\\.spec\\.ts$'],
  clearMocks: true,
};
