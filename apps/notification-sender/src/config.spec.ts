import { currentTraceHeader, loadConfig } from './config';

const base = {
  TABLE_NAME: 'payment_transactions',
  QUEUE_URL: 'http://127.0.0.1:5000/123456789012/notifications',
  TOPIC_ARN: 'arn:aws:sns:us-east-2:123456789012:payment-notifications',
};

describe('loadConfig', () => {
  it('reads the resources and defaults the publish rate to 4 per second', () => {
    const config = loadConfig(base);

    expect(config).toMatchObject({
      tableName: 'payment_transactions',
      queueUrl: base.QUEUE_URL,
      topicArn: base.TOPIC_ARN,
      emailsPerSecond: 4,
      region: 'us-east-2',
    });
    expect(config.endpoint).toBeUndefined();
  });

  it('takes EMAILS_PER_SECOND and the emulator endpoint from the environment', () => {
    const config = loadConfig({
      ...base,
      EMAILS_PER_SECOND: '2.5',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5000',
    });

    expect(config.emailsPerSecond).toBe(2.5);
    expect(config.endpoint).toBe('http://127.0.0.1:5000');
  });

  it.each(['0', '-1', 'fast', '50'])('rejects EMAILS_PER_SECOND=%s', (value) => {
    expect(() => loadConfig({ ...base, EMAILS_PER_SECOND: value })).toThrow(/EMAILS_PER_SECOND/);
  });

  it.each(['TABLE_NAME', 'QUEUE_URL', 'TOPIC_ARN'])('refuses to start without %s', (name) => {
    expect(() => loadConfig({ ...base, [name]: undefined })).toThrow(name);
  });
});

describe('currentTraceHeader', () => {
  it('reads the per-invocation X-Ray header', () => {
    const header = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

    expect(currentTraceHeader({ _X_AMZN_TRACE_ID: header })).toBe(header);
    expect(currentTraceHeader({})).toBeUndefined();
  });
});
