export default {
  displayName: 'api-client',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/api-client',
};
