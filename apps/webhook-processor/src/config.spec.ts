import { currentTraceHeader, loadConfig } from './config';

const lambdaEnv = {
  AWS_REGION: 'us-east-2',
  TABLE_NAME: 'payment_transactions',
  QUEUE_URL: 'https://sqs.us-east-2.amazonaws.com/123456789012/notification-jobs',
};

describe('loadConfig', () => {
  it('reads the Lambda environment and defaults the Powertools names', () => {
    const config = loadConfig(lambdaEnv);

    expect(config).toEqual({
      region: 'us-east-2',
      tableName: 'payment_transactions',
      queueUrl: lambdaEnv.QUEUE_URL,
      serviceName: 'webhook-processor',
      metricsNamespace: 'PaymentWebhooks',
    });
  });

  it('uses the emulator endpoint only when one is set', () => {
    const config = loadConfig({ ...lambdaEnv, AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' });

    expect(config.endpoint).toBe('http://127.0.0.1:5000');
  });

  it.each(['AWS_REGION', 'TABLE_NAME', 'QUEUE_URL'])('fails fast without %s', (name) => {
    const env = { ...lambdaEnv, [name]: ' ' };

    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('currentTraceHeader', () => {
  it('returns the invocation trace header, or nothing outside Lambda', () => {
    expect(currentTraceHeader({ _X_AMZN_TRACE_ID: 'Root=1-abc;Sampled=1' })).toBe(
      'Root=1-abc;Sampled=1',
    );
    expect(currentTraceHeader({})).toBeUndefined();
  });
});
