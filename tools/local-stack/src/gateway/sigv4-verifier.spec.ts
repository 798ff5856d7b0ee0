import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash } from 'node:crypto';
import { createSigV4Verifier, type VerifiableRequest } from './sigv4-verifier';

const KEY = { accessKeyId: 'AKIALOCALSTACK000001', secretAccessKey: 'local-secret' };
const NOW = new Date('2026-01-27T10:15:30Z');
const BODY = '{"event_id":"evt_1"}';

/** Signs like an SDK client would, then turns the result into what the gateway receives. */
async function signedRequest(
  options: {
    secret?: string;
    accessKeyId?: string;
    region?: string;
    signedAt?: Date;
    query?: Record<string, string>;
    extraHeaders?: Record<string, string>;
  } = {},
): Promise<VerifiableRequest> {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: options.accessKeyId ?? KEY.accessKeyId,
      secretAccessKey: options.secret ?? KEY.secretAccessKey,
    },
    region: options.region ?? 'us-east-2',
    service: 'execute-api',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 3000,
      path: '/v1/webhooks/payment',
      query: options.query ?? {},
      headers: {
        host: '127.0.0.1:3000',
        'content-type': 'application/json',
        ...options.extraHeaders,
      },
      body: BODY,
    }),
    { signingDate: options.signedAt ?? NOW },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return {
    method: 'POST',
    rawPath: '/v1/webhooks/payment',
    // SDK clients percent-encode query values (a space is %20, never `+`).
    rawQuery: Object.entries(options.query ?? {})
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&'),
    headers,
    body: Buffer.from(BODY),
  };
}

/** A correct signature over every header but `unsigned`, which is still sent. */
async function signedRequestWithout(unsigned: string): Promise<VerifiableRequest> {
  const request = await signedRequest();
  const signer = new SignatureV4({
    credentials: KEY,
    region: 'us-east-2',
    service: 'execute-api',
    sha256: Sha256,
  });
  const { [unsigned]: kept, ...signable } = request.headers;
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: request.rawPath,
      headers: signable,
      body: BODY,
    }),
    { signingDate: NOW, unsignableHeaders: new Set([unsigned]) },
  );
  const authorization = String(signed.headers['authorization']);
  expect(authorization).not.toMatch(new RegExp(`SignedHeaders=[^,]*\\b${unsigned}\\b`));
  return { ...request, headers: { ...request.headers, [unsigned]: kept ?? '', authorization } };
}

const verify = createSigV4Verifier({
  keys: [KEY],
  region: 'us-east-2',
  service: 'execute-api',
  now: () => NOW,
});

describe('createSigV4Verifier', () => {
  it('accepts a request signed with the local key', async () => {
    const request = await signedRequest({ query: { a: 'x y', b: '1' } });

    const verdict = await verify(request);

    expect(verdict).toEqual({ ok: true, accessKeyId: KEY.accessKeyId });
  });

  it('answers MISSING_AUTHENTICATION_TOKEN for an unsigned request', async () => {
    const request = await signedRequest();
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name !== 'authorization'),
    );

    const verdict = await verify({ ...request, headers });

    expect(verdict).toEqual({
      ok: false,
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      message: 'Missing Authentication Token',
    });
  });

  it('answers INVALID_SIGNATURE when the body was changed after signing', async () => {
    const request = await signedRequest();

    const verdict = await verify({ ...request, body: Buffer.from('{"event_id":"evt_2"}') });

    expect(verdict).toMatchObject({ ok: false, responseType: 'INVALID_SIGNATURE' });
    expect(verdict.ok || verdict.message).toMatch(/signature we calculated does not match/);
  });

  it('answers INVALID_SIGNATURE when a signed header was changed', async () => {
    const request = await signedRequest();

    const verdict = await verify({
      ...request,
      headers: { ...request.headers, 'content-type': 'text/plain' },
    });

    expect(verdict).toMatchObject({ ok: false, responseType: 'INVALID_SIGNATURE' });
  });

  it('answers INVALID_SIGNATURE when signed with the wrong secret', async () => {
    const request = await signedRequest({ secret: 'not-the-secret' });

    const verdict = await verify(request);

    expect(verdict).toMatchObject({ ok: false, responseType: 'INVALID_SIGNATURE' });
  });

  it('rejects an access key it does not know', async () => {
    const request = await signedRequest({ accessKeyId: 'AKIAUNKNOWN000000000' });

    const verdict = await verify(request);

    expect(verdict).toEqual({
      ok: false,
      responseType: 'INVALID_SIGNATURE',
      message: 'The security token included in the request is invalid.',
    });
  });

  it('rejects a signature older than five minutes with AWS wording', async () => {
    const request = await signedRequest({ signedAt: new Date(NOW.getTime() - 6 * 60_000) });

    const verdict = await verify(request);

    expect(verdict).toEqual({
      ok: false,
      responseType: 'INVALID_SIGNATURE',
      message:
        'Signature expired: 20260127T100930Z is now earlier than 20260127T101030Z (20260127T101530Z - 5 min.)',
    });
  });

  it('rejects a signature dated more than five minutes ahead', async () => {
    const request = await signedRequest({ signedAt: new Date(NOW.getTime() + 6 * 60_000) });

    const verdict = await verify(request);

    expect(verdict).toMatchObject({ ok: false, message: /Signature not yet current/ });
  });

  it('rejects a credential scoped to another region', async () => {
    const request = await signedRequest({ region: 'us-east-1' });

    const verdict = await verify(request);

    expect(verdict).toMatchObject({
      ok: false,
      message: "Credential should be scoped to a valid region, not 'us-east-1'.",
    });
  });

  it('rejects an X-Amz-Content-Sha256 that is not the hash of the body', async () => {
    const wrongHash = createHash('sha256').update('other').digest('hex');
    const request = await signedRequest({ extraHeaders: { 'x-amz-content-sha256': wrongHash } });

    const verdict = await verify(request);

    expect(verdict).toMatchObject({ ok: false, responseType: 'INVALID_SIGNATURE' });
  });

  it('rejects a signature that does not cover the Host header, as AWS does', async () => {
    const request = await signedRequestWithout('host');

    const verdict = await verify(request);

    expect(verdict).toEqual({
      ok: false,
      responseType: 'INVALID_SIGNATURE',
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it('reports every missing part of an incomplete Authorization header', async () => {
    const request = await signedRequest();

    const verdict = await verify({
      ...request,
      headers: { ...request.headers, authorization: 'AWS4-HMAC-SHA256 Credential=x' },
    });

    expect(verdict).toMatchObject({
      ok: false,
      responseType: 'INVALID_SIGNATURE',
      message: expect.stringContaining("requires 'Signature' parameter"),
    });
  });
});
