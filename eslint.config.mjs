import nx from '@nx/eslint-plugin';

// Module boundaries on two axes. `type:*` says what a project is allowed to build on;
// `runtime:*` says where its code runs, so CDK never reaches a Lambda bundle and the AWS SDK
// never reaches the contracts that browsers, CDK and Lambdas all share.
export const boundaryRule = [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: [
      {
        sourceTag: 'type:lambda',
        onlyDependOnLibsWithTags: ['type:contracts', 'type:aws-clients'],
        bannedExternalImports: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag'],
      },
      {
        sourceTag: 'type:infra',
        onlyDependOnLibsWithTags: ['type:contracts'],
        bannedExternalImports: ['@aws-sdk/*', '@aws-lambda-powertools/*'],
      },
      {
        sourceTag: 'type:contracts',
        onlyDependOnLibsWithTags: ['type:contracts'],
        bannedExternalImports: [
          '@aws-sdk/*',
          '@smithy/*',
          '@aws-lambda-powertools/*',
          'aws-cdk-lib',
          'aws-cdk-lib/*',
          'constructs',
        ],
      },
      {
        sourceTag: 'type:aws-clients',
        onlyDependOnLibsWithTags: [],
        bannedExternalImports: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'typebox'],
      },
      {
        sourceTag: 'runtime:lambda',
        onlyDependOnLibsWithTags: ['runtime:lambda', 'runtime:universal'],
      },
      { sourceTag: 'runtime:cdk', onlyDependOnLibsWithTags: ['runtime:cdk', 'runtime:universal'] },
      { sourceTag: 'runtime:universal', onlyDependOnLibsWithTags: ['runtime:universal'] },
    ],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/cdk.out', '.local', '.venv', 'coverage'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaryRule,
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Lambda code loads the contracts' Lambda entry: generated checks, no TypeBox at cold start.
    // The root entry builds every schema with TypeBox at import (tests and infra may use it).
    files: ['apps/{webhook-processor,transaction-reader,notification-sender}/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/__fixtures__/**', '**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@payments/contracts',
              message:
                'Lambda code imports @payments/contracts/lambda (no TypeBox at cold start); add what is missing there.',
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts, tests and tooling talk to a terminal; product code uses the structured logger.
    files: [
      '**/*.spec.ts',
      '**/scripts/**/*.ts',
      'tools/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
      '**/test/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
];
