import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FaultInjector } from '../moto/fault-injector';
import { DEFAULT_EMAIL_SUBJECT, type OutboxStore } from '../outbox/outbox-store';
import type { PublishTracker } from '../outbox/publish-tracker';

export interface ConsoleServerOptions {
  readonly host: string;
  readonly port: number;
  readonly outbox: OutboxStore;
  readonly publishes: PublishTracker;
  readonly faults: FaultInjector;
  /** Folder of the built docs site, served under /docs/ when it holds an index.html. */
  readonly docsDirectory: string;
  /** The sender name SNS shows for a topic (its DisplayName). */
  readonly displayNameOf: (topicArn: string) => string;
  readonly log: (line: string) => void;
}

export interface ConsoleServer {
  readonly baseUrl: string;
  readonly outboxUrl: string;
  readonly docsUrl?: string;
  /** Where the SNS mirror of one recipient's email subscription delivers. */
  sinkUrl(recipient: string): string;
  stop(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The local stack's own HTTP endpoints, next to the API: the outbox (JSON listing and the SNS
 * delivery sink), the docs site, and fault injection for tests.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      options.log(`console error: ${error instanceof Error ? error.stack : String(error)}`);
      json(res, 500, { message: 'internal error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? portInUse(options.port) : error),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${options.host}:${port}`;
  const hasDocs = existsSync(path.join(options.docsDirectory, 'index.html'));
  return {
    baseUrl,
    outboxUrl: `${baseUrl}/outbox`,
    ...(hasDocs ? { docsUrl: `${baseUrl}/docs/` } : {}),
    sinkUrl: (recipient) => `${baseUrl}/sns/${encodeURIComponent(recipient)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: ConsoleServerOptions) {
  const url = new URL(req.url ?? '/', 'http://local');
  const body = await readAll(req);
  if (url.pathname.startsWith('/sns/') && req.method === 'POST')
    return deliver(url, body, res, options);
  if (url.pathname === '/outbox' && req.method === 'GET') {
    const recipient = url.searchParams.get('recipient') ?? undefined;
    return json(res, 200, { emails: options.outbox.list(recipient) });
  }
  if (url.pathname === '/faults') return faults(req.method ?? 'GET', body, res, options.faults);
  if (url.pathname === '/docs') return redirect(res, '/docs/');
  if (url.pathname.startsWith('/docs/') && req.method === 'GET')
    return docs(url.pathname, res, options.docsDirectory);
  if (url.pathname === '/')
    return json(res, 200, { outbox: '/outbox', docs: '/docs/', faults: '/faults' });
  return json(res, 404, { message: 'not found' });
}

/** An SNS HTTP delivery of a mirrored email subscription: one email in the outbox. */
function deliver(url: URL, body: Buffer, res: ServerResponse, options: ConsoleServerOptions) {
  const recipient = decodeURIComponent(url.pathname.slice('/sns/'.length));
  const notification = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  if (notification['Type'] === 'Notification') {
    const topicArn = String(notification['TopicArn'] ?? '');
    const message = String(notification['Message'] ?? '');
    const subject =
      typeof notification['Subject'] === 'string' ? notification['Subject'] : undefined;
    const attributes =
      options.publishes.attributesOf(topicArn, message, subject) ??
      (notification['MessageAttributes'] as
        | Record<string, { Type: string; Value: string }>
        | undefined) ??
      {};
    const file = options.outbox.add(
      {
        id: String(notification['MessageId'] ?? ''),
        recipient,
        subject: subject ?? DEFAULT_EMAIL_SUBJECT,
        body: message,
        messageAttributes: attributes,
        receivedAt: new Date().toISOString(),
        topicArn,
      },
      options.displayNameOf(topicArn),
    );
    options.log(
      `email to ${recipient}: ${subject ?? DEFAULT_EMAIL_SUBJECT} (${path.relative(process.cwd(), file)})`,
    );
  }
  json(res, 200, { ok: true });
}

function faults(method: string, body: Buffer, res: ServerResponse, injector: FaultInjector) {
  if (method === 'POST') {
    const rule = JSON.parse(body.toString('utf8') || '{}') as {
      service?: string;
      action?: string;
      transactionId?: string;
    };
    if (!rule.service)
      return json(res, 400, {
        message:
          'body must be {"service": "sqs", "action"?: "SendMessage", "transactionId"?: "txn_..."}',
      });
    injector.inject({
      service: rule.service,
      ...(rule.action ? { action: rule.action } : {}),
      ...(rule.transactionId ? { transactionId: rule.transactionId } : {}),
    });
  } else if (method === 'DELETE') {
    injector.clear();
  }
  return json(res, 200, { faults: injector.list() });
}

function docs(pathname: string, res: ServerResponse, root: string) {
  const relative = decodeURIComponent(pathname.slice('/docs/'.length)) || 'index.html';
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
    return json(res, 404, { message: 'not found' });
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { location });
  res.end();
}

function json(res: ServerResponse, status: number, value: unknown) {
  const text = JSON.stringify(value, null, 2);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function portInUse(port: number): Error {
  return new Error(
    `port ${port} on 127.0.0.1 is already in use (another npm start?): choose another with PORT, e.g. PORT=3100 npm start (the outbox takes PORT+1)`,
  );
}
