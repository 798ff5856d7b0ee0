export default {
  displayName: 'aws-clients',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/aws-clients',
};
