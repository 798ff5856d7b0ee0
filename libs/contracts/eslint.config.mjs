import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The scripts behind `nx run contracts:openapi|docs` report to a terminal.
    files: ['**/scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
