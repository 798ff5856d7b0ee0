import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';
import { createPaymentWebhooksApp } from '../app';
import { CDK_JSON_CONTEXT, synthesize } from '../__fixtures__/synthesize';
import type { PaymentWebhooksStack } from './payment-webhooks-stack';

/** `rule at path` for each unacknowledged finding: readable when the gate fails. */
function findings(pack: NagPack, stack: PaymentWebhooksStack): string[] {
  return pack
    .validateScope(stack)
    .violations.flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath}`,
      ),
    );
}

describe('PaymentWebhooksStack cdk-nag gate (issue 4)', () => {
  let stack: PaymentWebhooksStack;

  beforeAll(() => {
    ({ stack } = synthesize());
  });

  it('leaves no unacknowledged AwsSolutions error or warning', () => {
    expect(findings(new AwsSolutionsChecks(), stack)).toEqual([]);
  });

  it('leaves no unacknowledged Serverless error or warning', () => {
    expect(findings(new ServerlessChecks(), stack)).toEqual([]);
  });

  it('gets no warning or error from CDK itself', () => {
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledges only on resources, each finding with a reason a reviewer can check', () => {
    const acknowledgements = stack.node.findAll().flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) =>
          Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
            path: construct.node.path,
            id,
            reason,
          })),
        ),
    );
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect({ path, id, isStackWide: path === stack.node.path }).toEqual({
        path,
        id,
        isStackWide: false,
      });
      expect({ id, reason: reason.length >= 80 }).toEqual({ id, reason: true });
    }
    // Each acknowledgement names one rule (and finding), never a blanket pack-wide pattern.
    const ids = acknowledgements.map((a) =>
      a.id.replace(/^annotation::/i, '').replace(/<Api[0-9A-F]{8}>/, '<Api>'),
    );
    expect(ids.sort()).toEqual(
      [
        ...Array(4).fill('AwsSolutions-IAM5[Resource::*]'),
        ...Array(6).fill('AwsSolutions-SQS3'),
        ...Array(6).fill('Serverless-SQSRedrivePolicy'),
        'AwsSolutions-APIG2',
        'AwsSolutions-APIG3',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        'AwsSolutions-IAM5[Resource::arn:aws:execute-api:us-east-2:<AWS::AccountId>:<Api>/v1/GET/transactions/*]',
        'AwsSolutions-IAM5[Resource::arn:aws:execute-api:us-east-2:<AWS::AccountId>:<Api>/v1/POST/transactions/*/notify]',
        'Serverless-LambdaEventSourceMappingDestination',
      ].sort(),
    );
  });

  it('makes the app synthesis fail on a finding nobody acknowledged', () => {
    // Prepare: the app exactly as main.ts builds it, plus one unencrypted, non-TLS queue.
    const { app, stack: gated } = createPaymentWebhooksApp({ context: CDK_JSON_CONTEXT });
    new sqs.Queue(gated, 'Unacknowledged', { encryption: sqs.QueueEncryption.UNENCRYPTED });

    const report = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    // Act / Assess: the validation report names the finding and the synthesis stops.
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS2/);
    report.mockRestore();
  });
});
