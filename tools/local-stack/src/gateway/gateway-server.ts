import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { PipelineRequest } from './gateway-pipeline';
import type { HttpReply } from './proxy-result';

/** API Gateway's payload limit for REST APIs. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface GatewayServerOptions {
  readonly host: string;
  readonly port: number;
  readonly stageName: string;
  readonly handle: (request: PipelineRequest, requestId: string) => Promise<HttpReply>;
  /** Renders API Gateway's REQUEST_TOO_LARGE response. */
  readonly tooLarge: (requestId: string) => HttpReply;
  readonly log: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * The HTTP side of the local stage: `http://host:port/<stage>/...`, the raw bytes and header
 * spellings of each request handed to the pipeline, one access log line per request.
 */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const requestId = randomUUID();
    const started = Date.now();
    serve(req, res, requestId, options)
      .catch((error: unknown) => {
        options.log(
          `gateway error ${requestId}: ${error instanceof Error ? error.stack : String(error)}`,
        );
        if (!res.headersSent)
          send(res, {
            statusCode: 500,
            headers: {},
            body: Buffer.from('{"message":"Internal server error"}'),
          });
      })
      .finally(() => {
        options.log(
          `${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms ${requestId}`,
        );
      });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? portInUse(options.port) : error),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/${options.stageName}/`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  options: GatewayServerOptions,
) {
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > MAX_PAYLOAD_BYTES ? undefined : await readBody(req, MAX_PAYLOAD_BYTES);
  if (!body) {
    res.setHeader('Connection', 'close');
    send(res, options.tooLarge(requestId));
    req.destroy();
    return;
  }
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : target.slice(queryAt + 1);
  const stagePrefix = `/${options.stageName}`;
  if (rawPath !== stagePrefix && !rawPath.startsWith(`${stagePrefix}/`)) {
    // No such stage: API Gateway's own 403, before anything of this API runs.
    send(res, {
      statusCode: 403,
      headers: {
        'Content-Type': ['application/json'],
        'x-amzn-ErrorType': ['ForbiddenException'],
        'x-amzn-RequestId': [requestId],
      },
      body: Buffer.from('{"message":"Forbidden"}'),
    });
    return;
  }
  const reply = await options.handle(
    {
      method: req.method ?? 'GET',
      rawPath,
      rawQuery,
      path: decodePath(rawPath.slice(stagePrefix.length) || '/'),
      stage: options.stageName,
      rawHeaders: req.rawHeaders,
      body,
      sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      port: req.socket.localPort ?? 0,
    },
    requestId,
  );
  send(res, reply);
}

/** The body, or `undefined` as soon as it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: HttpReply): void {
  res.statusCode = reply.statusCode;
  for (const [name, values] of Object.entries(reply.headers)) res.setHeader(name, [...values]);
  res.setHeader('Content-Length', reply.body.length);
  res.end(reply.body);
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function portInUse(port: number): Error {
  return new Error(
    `port ${port} on 127.0.0.1 is already in use (another npm start?): choose another with PORT, e.g. PORT=3100 npm start (the outbox takes PORT+1)`,
  );
}
