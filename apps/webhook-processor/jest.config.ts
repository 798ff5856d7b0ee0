export default {
  displayName: 'webhook-processor',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/webhook-processor',
};
