import { createHash, createHmac } from 'node:crypto';

/**
 * A deliberately independent SigV4 check written from the AWS specification (not from
 * @smithy/signature-v4): recomputes the signature a server computes from what it receives.
 * Handles what this API sends: no query string, ASCII paths.
 */
export function referenceSignature(input: {
  method: string;
  url: URL;
  /** Headers as received by the server, lower-case names, Host included. */
  headers: Record<string, string>;
  body: string;
  secretAccessKey: string;
  authorization: string;
}): string {
  const match =
    /^AWS4-HMAC-SHA256 Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$/.exec(
      input.authorization,
    );
  if (!match) throw new Error(`malformed Authorization: ${input.authorization}`);
  const [, day, region, service, signedHeaderList] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const signedHeaders = signedHeaderList.split(';');
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${(input.headers[name] ?? '').trim()}\n`)
    .join('');
  const canonicalRequest = [
    input.method,
    input.url.pathname,
    '',
    canonicalHeaders,
    signedHeaderList,
    sha256Hex(input.body),
  ].join('\n');
  const amzDate = input.headers['x-amz-date'] ?? '';
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  let key: Buffer = hmac(`AWS4${input.secretAccessKey}`, day);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
