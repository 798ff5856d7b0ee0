import { loadConfig } from './config';

describe('loadConfig', () => {
  it('reads the table, region and emulator endpoint', () => {
    const env = {
      TABLE_NAME: 'payment_transactions',
      AWS_REGION: 'us-east-2',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5000',
    };

    const config = loadConfig(env);

    expect(config).toMatchObject({
      tableName: 'payment_transactions',
      region: 'us-east-2',
      endpoint: 'http://127.0.0.1:5000',
      metricsNamespace: 'PaymentWebhooks',
    });
  });

  it('leaves the endpoint unset outside the emulator', () => {
    const config = loadConfig({ TABLE_NAME: 't' });

    expect(config.endpoint).toBeUndefined();
  });

  it('refuses to start without a table name', () => {
    expect(() => loadConfig({})).toThrow(/TABLE_NAME/);
  });
});
