import type { ErrorResponse } from '@payments/contracts';

interface ResponseBase {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as received. */
  readonly text: string;
}

/** A 2xx answer whose body is the operation's success type. */
export interface SuccessResponse<T> extends ResponseBase {
  readonly ok: true;
  readonly body: T;
}

/** A 4xx/5xx answer; the body is the API's error shape, or undefined if it was not JSON. */
export interface FailureResponse extends ResponseBase {
  readonly ok: false;
  readonly body: ErrorResponse | undefined;
}

/**
 * What every call returns: never an exception for an HTTP error status, so callers (the CLI,
 * the e2e suite) assert on status and body the same way for every outcome.
 */
export type ApiResponse<T> = SuccessResponse<T> | FailureResponse;

/** The body types are the contracts' types; the client trusts the server and does not re-validate. */
export async function toApiResponse<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const base = { status: response.status, headers, text };
  const body = parseJson(text);
  if (response.status >= 200 && response.status < 300) {
    return { ...base, ok: true, body: body as T };
  }
  return { ...base, ok: false, body: body as ErrorResponse | undefined };
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The error body of a 4xx/5xx answer; undefined for a 2xx (so assertions on it fail clearly). */
export function errorBodyOf(response: ApiResponse<unknown>): ErrorResponse | undefined {
  return response.ok ? undefined : response.body;
}
