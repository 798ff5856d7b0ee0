export default {
  displayName: 'transaction-reader',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/transaction-reader',
};
