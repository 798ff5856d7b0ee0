import { referenceSignature } from './__fixtures__/reference-sigv4';
import { SignedHttpClient } from './signed-http-client';

const credentials = { accessKeyId: 'AKIALOCALSTACK000001', secretAccessKey: 'test-secret' };
const fixedDate = () => new Date('2026-03-04T05:06:07Z');

interface Captured {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function fakeFetch(status = 202, body = '{"status":"accepted"}') {
  const calls: Captured[] = [];
  const fn = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: new URL(String(url)),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: init?.body as string | undefined,
    });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

describe('SignedHttpClient', () => {
  it('signs a POST so that a server recomputing SigV4 from what it receives agrees', async () => {
    const { fetch, calls } = fakeFetch();
    const client = new SignedHttpClient({
      apiUrl: 'http://127.0.0.1:3000/v1/',
      region: 'us-east-2',
      credentials,
      fetch,
      signingDate: fixedDate,
    });
    const body = '{"event_id":"evt_1"}';

    await client.send({ method: 'POST', path: 'webhooks/payment', body });

    const [call] = calls as [Captured];
    expect(call.url.href).toBe('http://127.0.0.1:3000/v1/webhooks/payment');
    expect(call.body).toBe(body);
    expect(call.headers['host']).toBeUndefined();
    const authorization = call.headers['authorization'] ?? '';
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIALOCALSTACK000001\/20260304\/us-east-2\/execute-api\/aws4_request, SignedHeaders=[^,]*content-type;host;x-amz-/,
    );
    const expected = referenceSignature({
      method: 'POST',
      url: call.url,
      headers: { ...call.headers, host: call.url.host },
      body,
      secretAccessKey: credentials.secretAccessKey,
      authorization,
    });
    expect(authorization.endsWith(`Signature=${expected}`)).toBe(true);
  });

  it('signs a GET without a body and without a content type', async () => {
    const { fetch, calls } = fakeFetch(200, '{}');
    const client = new SignedHttpClient({
      apiUrl: 'https://a1.execute-api.us-east-2.amazonaws.com/v1',
      region: 'us-east-2',
      credentials,
      fetch,
      signingDate: fixedDate,
    });

    await client.send({ method: 'GET', path: 'transactions/txn_1' });

    const [call] = calls as [Captured];
    expect(call.url.href).toBe(
      'https://a1.execute-api.us-east-2.amazonaws.com/v1/transactions/txn_1',
    );
    expect(call.headers['content-type']).toBeUndefined();
    const authorization = call.headers['authorization'] ?? '';
    const expected = referenceSignature({
      method: 'GET',
      url: call.url,
      headers: { ...call.headers, host: call.url.host },
      body: '',
      secretAccessKey: credentials.secretAccessKey,
      authorization,
    });
    expect(authorization.endsWith(`Signature=${expected}`)).toBe(true);
  });

  it('sends no signature at all when it has no credentials', async () => {
    const { fetch, calls } = fakeFetch(403, '{"code":"ACCESS_DENIED"}');
    const client = new SignedHttpClient({
      apiUrl: 'http://127.0.0.1:3000/v1/',
      region: 'us-east-2',
      fetch,
    });

    const response = await client.send({ method: 'POST', path: 'webhooks/payment', body: '{}' });

    const [call] = calls as [Captured];
    expect(call.headers).toEqual({ 'content-type': 'application/json' });
    expect(response.status).toBe(403);
  });

  it('lets a caller override the content type, still signed', async () => {
    const { fetch, calls } = fakeFetch(415, '{}');
    const client = new SignedHttpClient({
      apiUrl: 'http://127.0.0.1:3000/v1/',
      region: 'us-east-2',
      credentials,
      fetch,
    });

    await client.send({
      method: 'POST',
      path: 'webhooks/payment',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });

    const [call] = calls as [Captured];
    expect(call.headers['content-type']).toBe('text/plain');
    expect(call.headers['authorization']).toContain('content-type');
  });
});
