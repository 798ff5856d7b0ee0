export default {
  displayName: 'webhook-cli',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/webhook-cli',
};
