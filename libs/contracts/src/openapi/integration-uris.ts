import type { LambdaIntegrationUris } from './api-operations';

/** The URI API Gateway invokes for a Lambda proxy integration of `functionArn`. */
export function lambdaIntegrationUri(region: string, functionArn: string): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

const PLACEHOLDER_REGION = 'us-east-2';
const PLACEHOLDER_ACCOUNT = '000000000000';

/**
 * Well-formed but obviously fake integration URIs for the document written to `dist/`, so the
 * file validates and reads like the real one; infra passes the real ARNs instead.
 */
export function placeholderIntegrationUris(): LambdaIntegrationUris {
  const uri = (name: string) =>
    lambdaIntegrationUri(
      PLACEHOLDER_REGION,
      `arn:aws:lambda:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:function:${name}`,
    );
  return {
    webhookProcessor: uri('placeholder-webhook-processor'),
    transactionReader: uri('placeholder-transaction-reader'),
    notificationSender: uri('placeholder-notification-sender'),
  };
}
