import { compileValidator, ErrorResponseSchema, NotifyAckSchema } from '@payments/contracts';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { API_REQUEST_ID, notifyEvent } from '../__fixtures__/events';
import { handlerWithFakes as setup, json } from '../__fixtures__/handler-with-fakes';
import { eventItem, manualItem, TRANSACTION_ID } from '../__fixtures__/items';

const errorValidator = compileValidator(ErrorResponseSchema);
const ackValidator = compileValidator(NotifyAckSchema);

describe('notification sender handler: POST /transactions/{id}/notify', () => {
  it('answers 202 with the NotifyAck and queues a manual job, sending nothing inline', async () => {
    const { handler, queue, publisher, metrics } = setup();

    const response = await handler(
      notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'req_1', reason: 'resend' })),
    );

    expect(response.statusCode).toBe(202);
    expect(response.headers?.['Content-Type']).toBe('application/json');
    const body = JSON.parse(response.body);
    expect(ackValidator.validate(body).ok).toBe(true);
    expect(body).toEqual({
      status: 'queued',
      transaction_id: TRANSACTION_ID,
      notification_id: 'manual:req_1',
    });
    expect(queue.jobs).toHaveLength(1);
    expect(publisher.sent).toEqual([]);
    expect(metrics.totals()).toEqual({ ManualNotificationsQueued: 1 });
  });

  it('answers 202 again for a request id already notified, queueing nothing', async () => {
    const { handler, queue, metrics } = setup([
      eventItem(),
      manualItem({ request_id: 'req_1', notified_at: '2026-11-27T12:00:00.000Z' }),
    ]);

    const response = await handler(
      notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'req_1' })),
    );

    expect(response.statusCode).toBe(202);
    expect(queue.jobs).toEqual([]);
    expect(metrics.totals()).toEqual({ ManualNotificationsDuplicate: 1 });
  });

  it('answers 404 NOT_FOUND for an unknown transaction and writes nothing', async () => {
    const { handler, store, queue } = setup();

    const response = await handler(
      notifyEvent({ id: 'tx_unknown' }, json({ request_id: 'req_1' })),
    );

    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({
      code: 'NOT_FOUND',
      request_id: API_REQUEST_ID,
    });
    expect(store.writes).toBe(0);
    expect(queue.jobs).toEqual([]);
  });

  it('answers 503 when the queue is unavailable, so the caller retries', async () => {
    const { handler, queue, logger } = setup();
    queue.failWith = Object.assign(new Error('Service unavailable'), {
      name: 'ServiceUnavailable',
      $metadata: { httpStatusCode: 503 },
    });

    const response = await handler(
      notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'req_1' })),
    );

    expect(response.statusCode).toBe(503);
    const body = JSON.parse(response.body);
    expect(errorValidator.validate(body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', request_id: API_REQUEST_ID });
    expect(logger.entries.find((entry) => entry.level === 'error')?.attributes).toMatchObject({
      request_id: API_REQUEST_ID,
      transaction_id: TRANSACTION_ID,
    });
  });

  const valid = { id: TRANSACTION_ID };
  const badInputs: [string, APIGatewayProxyEvent, number, string][] = [
    ['a non-JSON body', notifyEvent(valid, 'request_id=req_1'), 400, 'VALIDATION_FAILED'],
    ['an empty body', notifyEvent(valid, ''), 400, 'VALIDATION_FAILED'],
    ['a null body', notifyEvent(valid, null), 400, 'VALIDATION_FAILED'],
    ['a JSON null', notifyEvent(valid, 'null'), 400, 'VALIDATION_FAILED'],
    ['a JSON array', notifyEvent(valid, '[{"request_id":"req_1"}]'), 400, 'VALIDATION_FAILED'],
    [
      'a huge body',
      notifyEvent(valid, json({ request_id: 'r', reason: 'x'.repeat(10_000) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a numeric request id',
      notifyEvent(valid, json({ request_id: 42 })),
      400,
      'VALIDATION_FAILED',
    ],
    ['a missing request id', notifyEvent(valid, json({ reason: 'why' })), 400, 'VALIDATION_FAILED'],
    [
      'an unknown field',
      notifyEvent(valid, json({ request_id: 'r', to: 'a@b.c' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an over-long reason',
      notifyEvent(valid, json({ request_id: 'r', reason: 'x'.repeat(201) })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an injection-looking request id',
      notifyEvent(valid, json({ request_id: "r'; DROP TABLE t;--" })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a template-injection request id',
      notifyEvent(valid, json({ request_id: '${jndi:ldap://x}' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a NoSQL operator as request id',
      notifyEvent(valid, '{"request_id":{"$ne":null}}'),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a unicode request id',
      notifyEvent(valid, json({ request_id: 'réq_☕' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a prototype-pollution body',
      notifyEvent(valid, '{"request_id":"r","__proto__":{"x":1}}'),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a text/plain body',
      notifyEvent(valid, json({ request_id: 'r' }), { headers: { 'Content-Type': 'text/plain' } }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'no content type',
      notifyEvent(valid, json({ request_id: 'r' }), { headers: {} }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'null headers',
      notifyEvent(valid, json({ request_id: 'r' }), { headers: null as never }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'invalid base64',
      notifyEvent(valid, '%%%not-base64%%%', { isBase64Encoded: true }),
      400,
      'VALIDATION_FAILED',
    ],
    ['no path parameters', notifyEvent(null, json({ request_id: 'r' })), 400, 'VALIDATION_FAILED'],
    ['an empty id', notifyEvent({ id: '' }, json({ request_id: 'r' })), 400, 'VALIDATION_FAILED'],
    [
      'a path traversal id',
      notifyEvent({ id: '../admin' }, json({ request_id: 'r' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an injection-looking id',
      notifyEvent({ id: "1' OR '1'='1" }, json({ request_id: 'r' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a unicode id',
      notifyEvent({ id: 'tx_ñ' }, json({ request_id: 'r' })),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an absurdly long id',
      notifyEvent({ id: 'a'.repeat(100_000) }, json({ request_id: 'r' })),
      400,
      'VALIDATION_FAILED',
    ],
  ];

  it.each(badInputs)(
    'answers %s with its 4xx and the error shape, writing nothing',
    async (_label, event, status, code) => {
      const { handler, store, queue, publisher } = setup();

      const response = await handler(event);

      expect(response.statusCode).toBe(status);
      const body = JSON.parse(response.body);
      expect(errorValidator.validate(body).ok).toBe(true);
      expect(body).toMatchObject({ code, request_id: API_REQUEST_ID });
      expect(store.writes).toBe(0);
      expect(queue.jobs).toEqual([]);
      expect(publisher.sent).toEqual([]);
    },
  );

  it('accepts a base64-encoded JSON body', async () => {
    const { handler } = setup();
    const body = Buffer.from(json({ request_id: 'req_b64' })).toString('base64');

    const response = await handler(
      notifyEvent({ id: TRANSACTION_ID }, body, { isBase64Encoded: true }),
    );

    expect(response.statusCode).toBe(202);
  });

  it('answers 404 for a route it does not serve', async () => {
    const { handler, store } = setup();

    const response = await handler(
      notifyEvent({ id: TRANSACTION_ID }, json({ request_id: 'r' }), { httpMethod: 'DELETE' }),
    );

    expect(response.statusCode).toBe(404);
    expect(store.writes).toBe(0);
  });
});
