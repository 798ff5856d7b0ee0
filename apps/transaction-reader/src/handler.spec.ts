import { compileValidator, ErrorResponseSchema, TransactionViewSchema } from '@payments/contracts';
import { getTransactionEvent } from './__fixtures__/api-gateway-event';
import { FakeLogger, FakeMetrics } from './__fixtures__/fake-observability';
import { InMemoryTransactionItems } from './__fixtures__/in-memory-transaction-items';
import { eventItem, TRANSACTION_ID } from './__fixtures__/items';
import { createHandler } from './handler';
import type { TransactionItemRepository } from './ports/transaction-item-repository';

const errorValidator = compileValidator(ErrorResponseSchema);
const viewValidator = compileValidator(TransactionViewSchema);

function setup(
  repository: TransactionItemRepository = new InMemoryTransactionItems([eventItem()]),
) {
  const logger = new FakeLogger();
  const metrics = new FakeMetrics();
  const handler = createHandler({ repository, logger, metrics });
  return { handler, logger, metrics };
}

function failingRepository(error: Error): TransactionItemRepository {
  return { findByTransactionId: () => Promise.reject(error) };
}

describe('transaction reader handler', () => {
  it('answers 200 with the transaction view as JSON', async () => {
    const { handler, metrics } = setup();

    const response = await handler(getTransactionEvent({ id: TRANSACTION_ID }));

    expect(response.statusCode).toBe(200);
    expect(response.headers?.['Content-Type']).toBe('application/json');
    const body: unknown = JSON.parse(response.body);
    expect(viewValidator.validate(body).ok).toBe(true);
    expect(metrics.totals()).toEqual({ TransactionsRead: 1 });
  });

  it('answers 404 NOT_FOUND with the error shape and the request id', async () => {
    const { handler, metrics } = setup();

    const response = await handler(getTransactionEvent({ id: 'tx_missing' }));

    expect(response.statusCode).toBe(404);
    const body = JSON.parse(response.body);
    expect(errorValidator.validate(body).ok).toBe(true);
    expect(body).toMatchObject({ code: 'NOT_FOUND', request_id: 'req-abc-123' });
    expect(metrics.totals()).toEqual({ TransactionsNotFound: 1 });
  });

  it.each([
    ['no path parameters', null],
    ['an empty id', { id: '' }],
    ['a blank id', { id: '   ' }],
    ['a path traversal', { id: '../../etc/passwd' }],
    ['an injection-looking id', { id: "tx' OR '1'='1" }],
    ['a NoSQL operator', { id: '{"$ne":null}' }],
    ['unicode', { id: 'tx_ünïcödé' }],
    ['an emoji', { id: 'tx_💳' }],
    ['a NUL byte', { id: 'tx\u0000' }],
    ['an absurdly long id', { id: 'a'.repeat(10_000) }],
    ['a 65-character id', { id: 'a'.repeat(65) }],
    ['an extra path parameter', { id: 'tx_1', other: 'x' }],
  ])('answers 400 for %s without reading', async (_label, pathParameters) => {
    const repository = new InMemoryTransactionItems([eventItem()]);
    const { handler, metrics } = setup(repository);

    const response = await handler(getTransactionEvent(pathParameters));

    expect(response.statusCode).toBe(400);
    const body = JSON.parse(response.body);
    expect(errorValidator.validate(body).ok).toBe(true);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.length).toBeGreaterThan(0);
    expect(repository.reads).toEqual([]);
    expect(metrics.totals()).toEqual({ ValidationFailures: 1 });
  });

  it('answers 503 SERVICE_UNAVAILABLE when DynamoDB fails', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
      $metadata: { httpStatusCode: 400 },
    });
    const { handler, logger } = setup(failingRepository(throttled));

    const response = await handler(getTransactionEvent({ id: TRANSACTION_ID }));

    expect(response.statusCode).toBe(503);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(logger.entries.some((entry) => entry.level === 'error')).toBe(true);
  });

  it('answers 500 INTERNAL_ERROR for an unexpected failure', async () => {
    const { handler } = setup(failingRepository(new TypeError('bug')));

    const response = await handler(getTransactionEvent({ id: TRANSACTION_ID }));

    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body)).toMatchObject({
      code: 'INTERNAL_ERROR',
      request_id: 'req-abc-123',
    });
  });

  it('logs with the API request id and transaction id, and resets them afterwards', async () => {
    const { handler, logger } = setup();

    await handler(getTransactionEvent({ id: TRANSACTION_ID }));
    logger.info('after the invocation');

    expect(logger.entries[0]?.attributes).toMatchObject({
      request_id: 'req-abc-123',
      transaction_id: TRANSACTION_ID,
    });
    expect(logger.entries.at(-1)?.attributes).toEqual({});
  });
});
