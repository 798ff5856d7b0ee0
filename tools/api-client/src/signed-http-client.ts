import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { toApiResponse, type ApiResponse } from './api-response';
import type { CredentialSource } from './credentials';

/** API Gateway's SigV4 service name for `AWS_IAM`-authorized methods. */
export const EXECUTE_API_SERVICE = 'execute-api';

export interface SignedHttpClientOptions {
  /** Stage invoke URL, e.g. `http://127.0.0.1:3000/v1/` or `https://x.execute-api.us-east-2.amazonaws.com/v1/`. */
  readonly apiUrl: string;
  readonly region: string;
  /** Omit to send unsigned requests (only useful to prove that the API rejects them). */
  readonly credentials?: CredentialSource;
  readonly fetch?: typeof fetch;
  /** Fixed signing time, for tests; the current time otherwise. */
  readonly signingDate?: () => Date;
}

export interface HttpCall {
  readonly method: 'GET' | 'POST';
  /** Path below the stage URL, without a leading slash, already URI-encoded per segment. */
  readonly path: string;
  /** Raw body, sent and signed byte for byte. */
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A fetch-based client that signs every request with SigV4 for `execute-api`. */
export class SignedHttpClient {
  private readonly baseUrl: URL;
  private readonly signer: SignatureV4 | undefined;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: SignedHttpClientOptions) {
    this.baseUrl = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
    this.fetchFn = options.fetch ?? fetch;
    this.signer = options.credentials
      ? new SignatureV4({
          service: EXECUTE_API_SERVICE,
          region: options.region,
          credentials: options.credentials,
          sha256: Sha256,
        })
      : undefined;
  }

  async send<T>(call: HttpCall): Promise<ApiResponse<T>> {
    const url = new URL(call.path, this.baseUrl);
    const headers = await this.headersFor(url, call);
    const response = await this.fetchFn(url, {
      method: call.method,
      headers,
      ...(call.body !== undefined ? { body: call.body } : {}),
    });
    return toApiResponse<T>(response);
  }

  private async headersFor(url: URL, call: HttpCall): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...lowerCaseKeys(call.headers ?? {}),
    };
    if (!this.signer) return headers;
    const signed = await this.signer.sign(
      new HttpRequest({
        method: call.method,
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        // The signature covers the Host header as fetch will send it (with a non-default port).
        headers: { ...headers, host: url.host },
        ...(call.body !== undefined ? { body: call.body } : {}),
      }),
      this.options.signingDate ? { signingDate: this.options.signingDate() } : {},
    );
    // fetch derives Host from the URL itself; passing it again is not allowed.
    const sent: Record<string, string> = { ...signed.headers };
    delete sent['host'];
    return sent;
  }
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
