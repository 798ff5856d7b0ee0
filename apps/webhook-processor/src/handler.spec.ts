import {
  ErrorResponseSchema,
  MAX_WEBHOOK_BODY_BYTES,
  WebhookAckSchema,
  compileValidator,
  type WebhookEvent,
} from '@payments/contracts';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { processWebhook } from './domain/process-webhook';
import { createHandler, type WebhookHandlerDeps } from './handler';
import { webhookRequest } from './test-support/api-gateway-event';
import { fakeTelemetry } from './test-support/fake-telemetry';
import { FixedClock } from './test-support/fixed-clock';
import { InMemoryNotificationJobQueue } from './test-support/in-memory-notification-job-queue';
import { InMemoryTransactionEventRepository } from './test-support/in-memory-transaction-event-repository';
import { aWebhookEvent } from './test-support/webhook-event-fixture';

const errorShape = compileValidator(ErrorResponseSchema);
const ackShape = compileValidator(WebhookAckSchema);
const requestId = 'req-7b61-11e6';

function setup(overrides: Partial<WebhookHandlerDeps> = {}) {
  const repository = new InMemoryTransactionEventRepository();
  const queue = new InMemoryNotificationJobQueue();
  const telemetry = fakeTelemetry();
  const useCaseDeps = { repository, queue, clock: new FixedClock() };
  const handler = createHandler({
    processWebhook: (event: WebhookEvent) => processWebhook(useCaseDeps, event),
    ...telemetry.deps,
    ...overrides,
  });
  return { handler, repository, queue, telemetry };
}

function parse(body: string) {
  return JSON.parse(body) as Record<string, unknown>;
}

describe('webhook handler', () => {
  it('answers 202 accepted once the event is stored and its job enqueued', async () => {
    // Prepare
    const { handler, repository, queue, telemetry } = setup();
    const event = aWebhookEvent();

    // Act
    const response = await handler(webhookRequest({ body: event, requestId }));

    // Assess
    expect(response.statusCode).toBe(202);
    expect(response.headers).toEqual({ 'Content-Type': 'application/json' });
    const body = parse(response.body);
    expect(body).toEqual({
      status: 'accepted',
      event_id: event.event_id,
      transaction_id: event.transaction_id,
    });
    expect(ackShape.validate(body).ok).toBe(true);
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(1);
    expect(telemetry.metrics).toEqual(['EventsAccepted']);
    expect(telemetry.logKeys).toMatchObject({
      api_request_id: requestId,
      transaction_id: event.transaction_id,
      event_id: event.event_id,
    });
    expect(telemetry.annotations).toEqual({ transaction_id: event.transaction_id });
  });

  it('answers 200 duplicate for an identical redelivery', async () => {
    // Prepare
    const { handler, repository, telemetry } = setup();
    await handler(webhookRequest({ body: aWebhookEvent() }));

    // Act
    const response = await handler(webhookRequest({ body: aWebhookEvent() }));

    // Assess
    expect(response.statusCode).toBe(200);
    expect(parse(response.body)).toMatchObject({ status: 'duplicate' });
    expect(repository.all()).toHaveLength(1);
    expect(telemetry.metrics).toEqual(['EventsAccepted', 'DuplicateEvents']);
  });

  it('answers 409 with an explanation when the event id is reused with another payload', async () => {
    // Prepare
    const { handler, repository, telemetry } = setup();
    await handler(webhookRequest({ body: aWebhookEvent() }));
    const stored = repository.all();

    // Act
    const response = await handler(
      webhookRequest({ body: aWebhookEvent({ amount: 5 }), requestId }),
    );

    // Assess
    expect(response.statusCode).toBe(409);
    const body = parse(response.body);
    expect(errorShape.validate(body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'EVENT_ID_CONFLICT', request_id: requestId });
    expect(body['message']).toMatch(/already accepted .* different payload/);
    expect(body['message']).toMatch(/stored event is kept/);
    expect(body['message']).toMatch(/new event id/);
    expect(repository.all()).toEqual(stored);
    expect(telemetry.metrics).toContain('EventConflicts');
  });

  it('reads the exact bytes of a base64-encoded body', async () => {
    const { handler, repository } = setup();
    const body = Buffer.from(JSON.stringify(aWebhookEvent())).toString('base64');

    const response = await handler(webhookRequest({ body, isBase64Encoded: true }));

    expect(response.statusCode).toBe(202);
    expect(repository.all()).toHaveLength(1);
  });

  it.each([['content-type'], ['CONTENT-TYPE'], ['Content-Type']])(
    'finds the media type in a %s header',
    async (name) => {
      const { handler } = setup();

      const response = await handler(
        webhookRequest({
          body: aWebhookEvent(),
          headers: { [name]: 'application/json; charset=utf-8' },
        }),
      );

      expect(response.statusCode).toBe(202);
    },
  );

  it('stores unicode in free-text fields byte for byte', async () => {
    const { handler, repository } = setup();
    const metadata = { note: 'Zoë paid 💶 — ありがとう', rtl: 'שלום' };

    const response = await handler(webhookRequest({ body: aWebhookEvent({ metadata }) }));

    expect(response.statusCode).toBe(202);
    expect(repository.all()[0]?.metadata).toEqual(metadata);
  });

  describe('bad input: never throws, never writes, answers 4xx in the error shape', () => {
    const valid = aWebhookEvent();
    const json = { 'Content-Type': 'application/json' };
    const cases: [string, Parameters<typeof webhookRequest>[0], number, string, string[]][] = [
      ['non-JSON', { body: 'event_id=evt_1&amount=1999' }, 400, 'VALIDATION_FAILED', ['']],
      ['truncated JSON', { body: '{"event_id": "evt_1",' }, 400, 'VALIDATION_FAILED', ['']],
      ['an empty body', { body: '' }, 400, 'VALIDATION_FAILED', ['']],
      ['no body at all', { body: null }, 400, 'VALIDATION_FAILED', ['']],
      ['a JSON array', { body: [valid] }, 400, 'VALIDATION_FAILED', ['']],
      ['JSON null', { body: 'null' }, 400, 'VALIDATION_FAILED', ['']],
      [
        'a body over the size limit',
        { body: { ...valid, metadata: { pad: 'x'.repeat(MAX_WEBHOOK_BODY_BYTES) } } },
        413,
        'PAYLOAD_TOO_LARGE',
        [],
      ],
      [
        'a base64 body over the size limit',
        {
          body: Buffer.alloc(MAX_WEBHOOK_BODY_BYTES + 1, 0x20).toString('base64'),
          isBase64Encoded: true,
        },
        413,
        'PAYLOAD_TOO_LARGE',
        [],
      ],
      [
        'wrong types',
        { body: { ...valid, amount: '19.99', currency: 840, customer: 'ada@example.com' } },
        400,
        'VALIDATION_FAILED',
        ['/amount', '/currency', '/customer'],
      ],
      [
        'a fractional and a negative amount',
        { body: { ...valid, amount: -19.99 } },
        400,
        'VALIDATION_FAILED',
        ['/amount'],
      ],
      [
        'every field missing',
        { body: {} },
        400,
        'VALIDATION_FAILED',
        [
          '/event_id',
          '/event_type',
          '/provider',
          '/transaction_id',
          '/amount',
          '/currency',
          '/customer',
          '/occurred_at',
        ],
      ],
      [
        'a missing nested field',
        { body: { ...valid, customer: { id: 'cus_42' } } },
        400,
        'VALIDATION_FAILED',
        ['/customer/email'],
      ],
      [
        'an unknown field',
        { body: { ...valid, card_number: '4242424242424242' } },
        400,
        'VALIDATION_FAILED',
        ['/card_number'],
      ],
      [
        'SQL-injection-looking ids',
        { body: { ...valid, transaction_id: "txn'; DROP TABLE payment_transactions;--" } },
        400,
        'VALIDATION_FAILED',
        ['/transaction_id'],
      ],
      [
        'a NoSQL operator object as an id',
        { body: { ...valid, event_id: { $ne: null } } },
        400,
        'VALIDATION_FAILED',
        ['/event_id'],
      ],
      [
        'markup in the provider',
        { body: { ...valid, provider: '<script>alert(1)</script>' } },
        400,
        'VALIDATION_FAILED',
        ['/provider'],
      ],
      [
        'a prototype-pollution key',
        { body: `{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}` },
        400,
        'VALIDATION_FAILED',
        ['/__proto__'],
      ],
      [
        'a key separator in the event id',
        { body: { ...valid, event_id: 'evt#1' } },
        400,
        'VALIDATION_FAILED',
        ['/event_id'],
      ],
      [
        'unicode look-alikes in an id',
        { body: { ...valid, transaction_id: 'txn_８f14' } },
        400,
        'VALIDATION_FAILED',
        ['/transaction_id'],
      ],
      [
        'an unknown event type and currency',
        { body: { ...valid, event_type: 'payment.stolen', currency: 'USX' } },
        400,
        'VALIDATION_FAILED',
        ['/event_type', '/currency'],
      ],
      [
        'an impossible date',
        { body: { ...valid, occurred_at: '2026-02-30T10:00:00Z' } },
        400,
        'VALIDATION_FAILED',
        ['/occurred_at'],
      ],
      [
        'a text/plain content type',
        { body: valid, headers: { 'Content-Type': 'text/plain' } },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        [],
      ],
      [
        'a form content type',
        { body: valid, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        [],
      ],
      ['no content type', { body: valid, headers: {} }, 415, 'UNSUPPORTED_MEDIA_TYPE', []],
    ];

    it.each(cases)('%s', async (_label, request, status, code, paths) => {
      // Prepare
      const { handler, repository, queue, telemetry } = setup();
      const event = webhookRequest({ headers: json, requestId, ...request });

      // Act
      const response = await handler(event);

      // Assess
      expect(response.statusCode).toBe(status);
      expect(response.headers).toEqual({ 'Content-Type': 'application/json' });
      const body = parse(response.body);
      expect(errorShape.validate(body)).toMatchObject({ ok: true });
      expect(body).toMatchObject({ code, request_id: requestId });
      const reported = (body['errors'] as { path: string }[]).map((e) => e.path);
      expect(reported).toEqual(expect.arrayContaining(paths));
      expect(repository.insertCalls).toBe(0);
      expect(queue.jobs).toHaveLength(0);
      expect(telemetry.metrics).toEqual(['ValidationFailures']);
    });
  });

  it('answers 503 and enqueues nothing when storage fails', async () => {
    // Prepare
    const { handler, repository, queue, telemetry } = setup();
    repository.failNextInsert();

    // Act
    const response = await handler(webhookRequest({ body: aWebhookEvent(), requestId }));

    // Assess
    expect(response.statusCode).toBe(503);
    const body = parse(response.body);
    expect(errorShape.validate(body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', request_id: requestId });
    expect(queue.jobs).toHaveLength(0);
    expect(telemetry.metrics).toEqual(['ProcessingFailures']);
    expect(telemetry.logs).toContainEqual(expect.objectContaining({ level: 'error' }));
  });

  it('answers 503 when enqueueing fails, and the retry completes the enqueue exactly once', async () => {
    // Prepare
    const { handler, repository, queue } = setup();
    queue.failNextEnqueue();
    const first = await handler(webhookRequest({ body: aWebhookEvent() }));
    expect(first.statusCode).toBe(503);
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(0);

    // Act
    const retry = await handler(webhookRequest({ body: aWebhookEvent() }));

    // Assess
    expect(retry.statusCode).toBe(200);
    expect(parse(retry.body)).toMatchObject({ status: 'duplicate' });
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(1);
  });

  it('answers 500 in the error shape for an unexpected error instead of throwing', async () => {
    // Prepare
    const { handler } = setup({
      processWebhook: () => Promise.reject(new TypeError('undefined is not a function')),
    });

    // Act
    const response = await handler(webhookRequest({ body: aWebhookEvent(), requestId }));

    // Assess
    expect(response.statusCode).toBe(500);
    const body = parse(response.body);
    expect(errorShape.validate(body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'INTERNAL_ERROR', request_id: requestId });
    expect(response.body).not.toContain('undefined is not a function');
  });

  it('answers 500 rather than throwing for an event that is not an API Gateway event', async () => {
    const { handler, repository } = setup();

    const response = await handler(null as unknown as APIGatewayProxyEvent);

    expect(response.statusCode).toBe(500);
    expect(repository.insertCalls).toBe(0);
  });

  it('treats null headers as a missing content type', async () => {
    const { handler } = setup();
    const event = { ...webhookRequest({ body: aWebhookEvent() }), headers: null };

    const response = await handler(event as unknown as APIGatewayProxyEvent);

    expect(response.statusCode).toBe(415);
  });
});
