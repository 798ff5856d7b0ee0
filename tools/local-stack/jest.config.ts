export default {
  displayName: 'local-stack',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/local-stack',
};
