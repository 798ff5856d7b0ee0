export default {
  displayName: 'webhook-cli',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/webhook-cli',
  moduleNameMapper: {
    '^@payments/api-client$': '<rootDir>/../api-client/src/index.ts',
  },
};
