export default {
  displayName: 'notification-sender',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/notification-sender',
};
