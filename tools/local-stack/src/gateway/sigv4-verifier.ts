import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash } from 'node:crypto';
import { parseAuthorizationHeader } from './authorization-header';
import { compact, constantTimeEqual, parseRawQuery } from './sigv4-parts';

export interface VerifiableRequest {
  readonly method: string;
  /** Path exactly as received on the wire (still percent-encoded), without the query. */
  readonly rawPath: string;
  /** Query string as received, without the leading `?`. */
  readonly rawQuery: string;
  /** Header names in lower case; repeated headers joined with `,` as HTTP allows. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface SigV4Key {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface SigV4VerifierOptions {
  readonly keys: readonly SigV4Key[];
  readonly region: string;
  readonly service: string;
  readonly now?: () => Date;
  /** How far X-Amz-Date may be from the gateway's clock; AWS allows 5 minutes. */
  readonly maxSkewMs?: number;
}

export type SigV4Verdict =
  | { readonly ok: true; readonly accessKeyId: string }
  | {
      readonly ok: false;
      readonly responseType: 'MISSING_AUTHENTICATION_TOKEN' | 'INVALID_SIGNATURE';
      readonly message: string;
    };

const FIVE_MINUTES_MS = 5 * 60 * 1000;

/**
 * Verifies an AWS Signature Version 4 `Authorization` header the way API Gateway does for
 * `AWS_IAM` methods: recompute the signature from the raw request with the caller's secret and
 * the headers the caller says it signed, compare in constant time, and reject stale dates.
 * Messages are AWS's own, so a client library's error handling sees what it would see in AWS.
 */
export function createSigV4Verifier(options: SigV4VerifierOptions) {
  const now = options.now ?? (() => new Date());
  const maxSkewMs = options.maxSkewMs ?? FIVE_MINUTES_MS;

  return async function verify(request: VerifiableRequest): Promise<SigV4Verdict> {
    const header = request.headers['authorization'];
    if (!header) return deny('MISSING_AUTHENTICATION_TOKEN', 'Missing Authentication Token');
    const parsed = parseAuthorizationHeader(header, request.headers);
    if (!parsed.ok) return deny('INVALID_SIGNATURE', parsed.message);
    const { credential, signedHeaders, signature, amzDate } = parsed.value;
    // Unsigned, the Host header could be swapped to replay the request at another endpoint.
    if (!signedHeaders.includes('host')) return deny('INVALID_SIGNATURE', HOST_NOT_SIGNED);

    const key = options.keys.find((k) => k.accessKeyId === credential.accessKeyId);
    if (!key || request.headers['x-amz-security-token'] !== undefined) {
      return deny('INVALID_SIGNATURE', 'The security token included in the request is invalid.');
    }
    const scopeProblem = checkScope(credential, amzDate.compact, options);
    if (scopeProblem) return deny('INVALID_SIGNATURE', scopeProblem);
    const skewProblem = checkSkew(amzDate.date, now(), maxSkewMs);
    if (skewProblem) return deny('INVALID_SIGNATURE', skewProblem);
    if (!payloadHashMatches(request)) return deny('INVALID_SIGNATURE', SIGNATURE_MISMATCH);

    const expected = await expectedSignature(request, key, signedHeaders, amzDate.date, options);
    return constantTimeEqual(expected, signature)
      ? { ok: true, accessKeyId: key.accessKeyId }
      : deny('INVALID_SIGNATURE', SIGNATURE_MISMATCH);
  };
}

const HOST_NOT_SIGNED = "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";

const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function deny(
  responseType: 'MISSING_AUTHENTICATION_TOKEN' | 'INVALID_SIGNATURE',
  message: string,
): SigV4Verdict {
  return { ok: false, responseType, message };
}

function checkScope(
  credential: { date: string; region: string; service: string; terminator: string },
  amzDateCompact: string,
  options: SigV4VerifierOptions,
): string | undefined {
  if (credential.terminator !== 'aws4_request') {
    return "Credential should be scoped with a valid terminator: 'aws4_request'.";
  }
  if (credential.date !== amzDateCompact.slice(0, 8)) {
    return `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${credential.date}' != '${amzDateCompact.slice(0, 8)}', from '${amzDateCompact}'.`;
  }
  if (credential.region !== options.region) {
    return `Credential should be scoped to a valid region, not '${credential.region}'.`;
  }
  if (credential.service !== options.service) {
    return `Credential should be scoped to correct service: '${options.service}'.`;
  }
  return undefined;
}

function checkSkew(signedAt: Date, now: Date, maxSkewMs: number): string | undefined {
  const minutes = Math.round(maxSkewMs / 60_000);
  if (signedAt.getTime() < now.getTime() - maxSkewMs) {
    const earliest = new Date(now.getTime() - maxSkewMs);
    return `Signature expired: ${compact(signedAt)} is now earlier than ${compact(earliest)} (${compact(now)} - ${minutes} min.)`;
  }
  if (signedAt.getTime() > now.getTime() + maxSkewMs) {
    const latest = new Date(now.getTime() + maxSkewMs);
    return `Signature not yet current: ${compact(signedAt)} is still later than ${compact(latest)} (${compact(now)} + ${minutes} min.)`;
  }
  return undefined;
}

/** A caller may send X-Amz-Content-Sha256; if it does, it has to be the hash of this body. */
function payloadHashMatches(request: VerifiableRequest): boolean {
  const claimed = request.headers['x-amz-content-sha256'];
  if (claimed === undefined) return true;
  return claimed === createHash('sha256').update(request.body).digest('hex');
}

async function expectedSignature(
  request: VerifiableRequest,
  key: SigV4Key,
  signedHeaders: readonly string[],
  signingDate: Date,
  options: SigV4VerifierOptions,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = request.headers[name] ?? '';
  const signer = new SignatureV4({
    credentials: key,
    region: options.region,
    service: options.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: 'http:',
      hostname: headers['host'] ?? '',
      path: request.rawPath,
      query: parseRawQuery(request.rawQuery),
      headers,
      body: request.body.length > 0 ? new Uint8Array(request.body) : undefined,
    }),
    { signingDate, signableHeaders: new Set(signedHeaders) },
  );
  const authorization = String(signed.headers['authorization'] ?? '');
  return /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? '';
}
