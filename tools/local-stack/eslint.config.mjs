import baseConfig, { boundaryRule } from '../../eslint.config.mjs';

const [severity, options] = boundaryRule;

// Node tooling (CLI, API client, e2e, local stack) may build on contracts, the client factories
// and other tooling, but never on CDK. The root config has no constraint for these tags yet;
// this one can move there unchanged.
export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        severity,
        {
          ...options,
          depConstraints: [
            ...options.depConstraints,
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:aws-clients', 'type:tooling'],
              bannedExternalImports: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag'],
            },
            {
              sourceTag: 'runtime:node',
              onlyDependOnLibsWithTags: ['runtime:node', 'runtime:lambda', 'runtime:universal'],
            },
          ],
        },
      ],
    },
  },
];
