/**
 * What the Lambda service puts in a nodejs24.x function's environment, with placeholder values,
 * plus the variables the stack sets on each function. Measured children get only this (and
 * PATH), never the harness's own environment, so a developer's AWS profile cannot change what
 * is measured.
 */
export function lambdaEnvironment(
  functionName: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    AWS_REGION: 'us-east-2',
    AWS_DEFAULT_REGION: 'us-east-2',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: '2026/01/01/[$LATEST]00000000000000000000000000000000',
    AWS_ACCESS_KEY_ID: 'ASIABENCHMARK0000000',
    AWS_SECRET_ACCESS_KEY: 'bench-secret-not-a-real-key',
    AWS_SESSION_TOKEN: 'bench-session-token',
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: '169.254.79.129:2000',
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    TABLE_NAME: 'payment_transactions',
    QUEUE_URL: 'https://sqs.us-east-2.amazonaws.com/123456789012/notification-jobs',
    TOPIC_ARN: 'arn:aws:sns:us-east-2:123456789012:customer-notifications',
    EMAILS_PER_SECOND: '4',
    POWERTOOLS_SERVICE_NAME: functionName,
    POWERTOOLS_METRICS_NAMESPACE: 'PaymentWebhooks',
    POWERTOOLS_LOG_LEVEL: 'INFO',
    ...extra,
  };
}
