import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAwsCall, type AwsCall } from './aws-call';
import type { ErrorReply } from './fault-injector';

export interface AwsEndpointProxyOptions {
  /** moto's endpoint, e.g. `http://127.0.0.1:51234`. */
  readonly target: string;
  /**
   * Sees every recognised call. It may answer it (a reply instead of moto's), or call
   * `proceed` to have moto answer first and act on moto's status before the caller sees it;
   * a call it does not proceed with is forwarded once it returns.
   */
  readonly intercept?: (
    call: AwsCall,
    proceed: () => Promise<number>,
  ) => Promise<ErrorReply | undefined>;
  readonly onError?: (error: unknown) => void;
}

export interface AwsEndpointProxy {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * The AWS endpoint the functions and tests use: a pass-through to moto (headers, Host and
 * bodies untouched, so queue URLs name this endpoint) that lets the local stack see SNS
 * subscriptions and publishes as they happen and inject faults.
 */
export async function startAwsEndpointProxy(
  options: AwsEndpointProxyOptions,
): Promise<AwsEndpointProxy> {
  const target = new URL(options.target);
  const server = createServer((req, res) => {
    forward(req, res, target, options).catch((error: unknown) => {
      if (res.destroyed) return;
      options.onError?.(error);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(
        `local AWS endpoint proxy: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function forward(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  options: AwsEndpointProxyOptions,
) {
  const body = await readAll(req);
  const call = parseAwsCall(req.headers, body);
  let upstream: { statusCode: number; headers: IncomingHttpHeaders; body: Buffer } | undefined;
  // A caller that gives up (an aborted long poll) takes its upstream call with it.
  const abandoned = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abandoned.abort();
  });
  const proceed = async () => {
    upstream ??= await callUpstream(req, body, target, abandoned.signal);
    return upstream.statusCode;
  };
  const override = call && options.intercept ? await options.intercept(call, proceed) : undefined;
  if (override) {
    res.writeHead(override.statusCode, {
      ...override.headers,
      'content-length': Buffer.byteLength(override.body),
    });
    res.end(override.body);
    return;
  }
  await proceed();
  const answer = upstream as unknown as {
    statusCode: number;
    headers: IncomingHttpHeaders;
    body: Buffer;
  };
  res.writeHead(answer.statusCode, answer.headers);
  res.end(answer.body);
}

async function callUpstream(req: IncomingMessage, body: Buffer, target: URL, signal: AbortSignal) {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
  return {
    statusCode: response.statusCode ?? 502,
    headers: response.headers,
    body: await readAll(response),
  };
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
