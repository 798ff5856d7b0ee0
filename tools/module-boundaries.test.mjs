// Proves the Nx module-boundary rule is live: each forbidden import below must be reported.
// Runs with node's test runner (ESLint loads its flat config through dynamic import, which
// Jest's CommonJS sandbox cannot do). The files are linted virtually, never written.
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: workspaceRoot });

async function boundaryMessages(relativePath, source) {
  const [result] = await eslint.lintText(source, {
    filePath: path.join(workspaceRoot, relativePath),
  });
  return result.messages
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);
}

describe('@nx/enforce-module-boundaries', () => {
  it('rejects aws-cdk-lib inside a Lambda', async () => {
    const messages = await boundaryMessages(
      'apps/webhook-processor/src/forbidden.ts',
      "import { Stack } from 'aws-cdk-lib';\nexport const s = Stack;\n",
    );
    assert.match(messages.join('\n'), /aws-cdk-lib/);
  });

  it('rejects the AWS SDK inside contracts', async () => {
    const messages = await boundaryMessages(
      'libs/contracts/src/forbidden.ts',
      "import { SQSClient } from '@aws-sdk/client-sqs';\nexport const c = SQSClient;\n",
    );
    assert.match(messages.join('\n'), /@aws-sdk\/client-sqs/);
  });

  it('rejects a Lambda-runtime library inside contracts', async () => {
    const messages = await boundaryMessages(
      'libs/contracts/src/forbidden.ts',
      "import { createSqsClient } from '@payments/aws-clients';\nexport const c = createSqsClient;\n",
    );
    assert.ok(messages.length > 0, 'expected a boundary violation');
  });

  it('rejects the AWS SDK inside infra (infra learns about Lambdas only from dist/)', async () => {
    const messages = await boundaryMessages(
      'apps/infra/src/forbidden.ts',
      "import { SNSClient } from '@aws-sdk/client-sns';\nexport const c = SNSClient;\n",
    );
    assert.match(messages.join('\n'), /@aws-sdk\/client-sns/);
  });

  it('accepts contracts inside a Lambda', async () => {
    const messages = await boundaryMessages(
      'apps/webhook-processor/src/allowed.ts',
      "import { webhookEventValidator } from '@payments/contracts';\nexport const v = webhookEventValidator;\n",
    );
    assert.deepEqual(messages, []);
  });
});
