import { PaymentApiClient } from './payment-api-client';
import { sampleWebhookEvent } from './sample-events';

function respondWith(status: number, body: string, contentType = 'application/json') {
  const requests: { url: string; method: string; body: unknown }[] = [];
  const fakeFetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(url), method: init?.method ?? 'GET', body: init?.body });
    return new Response(body, {
      status,
      headers: { 'Content-Type': contentType, 'X-Amzn-RequestId': 'r-1' },
    });
  }) as unknown as typeof globalThis.fetch;
  const client = new PaymentApiClient({
    apiUrl: 'http://127.0.0.1:3000/v1/',
    region: 'us-east-2',
    credentials: { accessKeyId: 'AKIALOCAL', secretAccessKey: 'secret' },
    fetch: fakeFetch,
  });
  return { client, requests };
}

describe('PaymentApiClient', () => {
  it('posts an event as JSON to /webhooks/payment and returns the typed ack', async () => {
    const ack = { status: 'accepted', event_id: 'evt_1', transaction_id: 'txn_1' };
    const { client, requests } = respondWith(202, JSON.stringify(ack));
    const event = sampleWebhookEvent('payment.succeeded', {
      eventId: 'evt_1',
      transactionId: 'txn_1',
    });

    const response = await client.sendWebhook(event);

    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:3000/v1/webhooks/payment',
        method: 'POST',
        body: JSON.stringify(event),
      },
    ]);
    expect(response).toMatchObject({ ok: true, status: 202, body: ack });
    expect(response.headers['x-amzn-requestid']).toBe('r-1');
  });

  it('sends a raw string body byte for byte', async () => {
    const { client, requests } = respondWith(400, '{}');

    await client.sendWebhook('{ "not": "an event" }');

    expect(requests[0]?.body).toBe('{ "not": "an event" }');
  });

  it('gets a transaction by its URI-encoded id', async () => {
    const { client, requests } = respondWith(200, '{"transaction_id":"a b"}');

    const response = await client.getTransaction('a b');

    expect(requests[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/v1/transactions/a%20b',
      method: 'GET',
    });
    expect(response.ok).toBe(true);
  });

  it('posts a notify request to /transactions/{id}/notify', async () => {
    const { client, requests } = respondWith(202, '{"status":"queued"}');

    await client.notify('txn_1', { request_id: 'req-1' });

    expect(requests[0]).toMatchObject({
      url: 'http://127.0.0.1:3000/v1/transactions/txn_1/notify',
      method: 'POST',
      body: '{"request_id":"req-1"}',
    });
  });

  it('returns 4xx and 5xx answers instead of throwing, with the error body parsed', async () => {
    const error = {
      code: 'NOT_FOUND',
      message: 'No transaction txn_x',
      request_id: 'r-1',
      errors: [],
    };
    const { client } = respondWith(404, JSON.stringify(error));

    const response = await client.getTransaction('txn_x');

    expect(response).toMatchObject({ ok: false, status: 404, body: error });
  });

  it('keeps a non-JSON body as text with an undefined body', async () => {
    const { client } = respondWith(502, '<html>Bad Gateway</html>', 'text/html');

    const response = await client.getTransaction('txn_1');

    expect(response).toMatchObject({
      ok: false,
      status: 502,
      body: undefined,
      text: '<html>Bad Gateway</html>',
    });
  });

  it('signs with the static keys of a local stack’s outputs', async () => {
    const seen: Record<string, string>[] = [];
    const fakeFetch = jest.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      seen.push(init?.headers as Record<string, string>);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const client = PaymentApiClient.forStack(
      {
        ApiUrl: 'http://127.0.0.1:3000/v1/',
        Region: 'us-east-2',
        AccessKeyId: 'AKIALOCAL',
        SecretAccessKey: 'secret',
      },
      { fetch: fakeFetch },
    );

    await client.getTransaction('txn_1');

    expect(seen[0]?.['authorization']).toContain('Credential=AKIALOCAL/');
    expect(seen[0]?.['authorization']).toContain('/us-east-2/execute-api/aws4_request');
  });
});
