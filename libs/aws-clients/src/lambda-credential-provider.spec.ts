import { defaultProvider } from './lambda-credential-provider';

describe('lambda defaultProvider', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads the credentials Lambda puts in the environment', async () => {
    process.env['AWS_ACCESS_KEY_ID'] = 'ASIALAMBDAROLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'role-secret';
    process.env['AWS_SESSION_TOKEN'] = 'role-token';

    const credentials = await defaultProvider()();

    expect(credentials).toMatchObject({
      accessKeyId: 'ASIALAMBDAROLE',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-token',
    });
  });

  it('fails instead of looking anywhere else when the environment has none', async () => {
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_SECRET_ACCESS_KEY'];

    await expect(defaultProvider()()).rejects.toThrow();
  });
});
