// Unit tests of the suite's own helpers (polling, target resolution); no stack needed.
export default {
  displayName: 'e2e-support',
  preset: '../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../coverage/e2e',
};
