import { randomBytes } from 'node:crypto';
import {
  renderGatewayResponse,
  type GatewayResponses,
  type GatewayResponseType,
} from './gateway-responses';
import type { HttpReply } from './proxy-result';

/** One of API Gateway's own responses, rendered from the document. */
export function gatewayReply(
  responses: GatewayResponses | undefined,
  type: GatewayResponseType,
  message: string,
  requestId: string,
  extra: { validationErrorString?: string; statusCode?: number },
): HttpReply {
  const rendered = renderGatewayResponse(
    responses,
    type,
    {
      requestId,
      message,
      ...(extra.validationErrorString !== undefined
        ? { validationErrorString: extra.validationErrorString }
        : {}),
    },
    extra.statusCode !== undefined ? { statusCode: extra.statusCode } : {},
  );
  const headers: Record<string, string[]> = { 'x-amzn-RequestId': [requestId] };
  for (const [name, value] of Object.entries(rendered.headers)) headers[name] = [value];
  return { statusCode: rendered.statusCode, headers, body: Buffer.from(rendered.body) };
}

/** The headers API Gateway adds to an integration's response. */
export function withGatewayHeaders(
  reply: HttpReply,
  requestId: string,
  traceId: string,
): HttpReply {
  const headers: Record<string, readonly string[]> = { ...reply.headers };
  const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
  if (!has('content-type')) headers['Content-Type'] = ['application/json'];
  headers['x-amzn-RequestId'] = [requestId];
  headers['x-amz-apigw-id'] = [randomBytes(6).toString('base64')];
  headers['X-Amzn-Trace-Id'] = [`${traceId};Sampled=0`];
  return { ...reply, headers };
}

/** Header names in lower case; repeated headers joined with a comma. */
export function lowerCaseHeaders(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    headers[name] =
      headers[name] === undefined ? (raw[i + 1] ?? '') : `${headers[name]},${raw[i + 1] ?? ''}`;
  }
  return headers;
}

export function queryValues(rawQuery: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(rawQuery)) (values[name] ??= []).push(value);
  return values;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
