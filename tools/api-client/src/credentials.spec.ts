import { credentialsFor } from './credentials';

describe('credentialsFor', () => {
  it('uses the static keys a local stack publishes', () => {
    const credentials = credentialsFor({
      ApiUrl: 'http://127.0.0.1:3000/v1/',
      Region: 'us-east-2',
      AccessKeyId: 'AKIALOCAL',
      SecretAccessKey: 'secret',
    });

    expect(credentials).toEqual({ accessKeyId: 'AKIALOCAL', secretAccessKey: 'secret' });
  });

  it('falls back to the standard AWS provider chain for a deployed stack', () => {
    const credentials = credentialsFor({
      ApiUrl: 'https://a1.execute-api.us-east-2.amazonaws.com/v1/',
      Region: 'us-east-2',
    });

    expect(typeof credentials).toBe('function');
  });
});
