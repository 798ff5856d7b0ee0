import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export interface AwsJsonCall {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly service: string;
  /** `X-Amz-Target`, e.g. `TrentService.CreateKey`. */
  readonly target: string;
  readonly input: unknown;
}

/**
 * One signed AWS JSON 1.1 call. The project has no KMS SDK client (no product code talks to
 * KMS), and the three KMS calls the local stack makes do not justify adding one.
 */
export async function awsJsonCall<T>(call: AwsJsonCall): Promise<T> {
  const url = new URL(call.endpoint);
  const body = JSON.stringify(call.input);
  const signer = new SignatureV4({
    credentials: call.credentials,
    region: call.region,
    service: call.service,
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': call.target,
      },
      body,
    }),
  );
  const response = await fetch(`${url.origin}/`, {
    method: 'POST',
    headers: signed.headers,
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${call.target} failed: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}
