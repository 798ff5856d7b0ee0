import { errorBodyOf, sampleWebhookEvent } from '@payments/api-client';
import { MAX_WEBHOOK_BODY_BYTES, type ErrorResponse } from '@payments/contracts';
import { e2eStack } from '../support/e2e-stack';

const stack = e2eStack();
const { ids } = stack;

function expectErrorShape(body: ErrorResponse | undefined, code: ErrorResponse['code']) {
  expect(body).toEqual(
    expect.objectContaining({ code, message: expect.any(String), errors: expect.any(Array) }),
  );
  expect(body?.request_id).toEqual(expect.any(String));
}

/** A GET with valid credentials, to prove a rejected request stored nothing. */
async function expectNotStored(transactionId: string) {
  const view = await stack.api.getTransaction(transactionId);
  expect(view.status).toBe(404);
}

describe('requests the API must refuse, in the one error shape', () => {
  describe('authentication (SigV4)', () => {
    it('refuses an unsigned webhook with 403', async () => {
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('unsigned'),
      });

      const response = await stack.unsignedApi.sendWebhook(event);

      expect(response.status).toBe(403);
      expectErrorShape(errorBodyOf(response), 'ACCESS_DENIED');
      await expectNotStored(event.transaction_id);
    });

    it('refuses unsigned reads and notifications with 403', async () => {
      const read = await stack.unsignedApi.getTransaction(ids.transactionId('unsigned'));
      const notify = await stack.unsignedApi.notify(ids.transactionId('unsigned'), {
        request_id: 'r-1',
      });

      expect([read.status, notify.status]).toEqual([403, 403]);
    });

    it('refuses a request signed with the wrong secret with 403', async () => {
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('wrong-secret'),
      });

      const response = await stack.wrongSecretApi.sendWebhook(event);

      expect(response.status).toBe(403);
      expectErrorShape(errorBodyOf(response), 'ACCESS_DENIED');
      await expectNotStored(event.transaction_id);
    });

    it('refuses a body other than the one that was signed with 403', async () => {
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('tampered'),
      });

      const response = await stack.tamperedBodyApi.sendWebhook(event);

      expect(response.status).toBe(403);
      await expectNotStored(event.transaction_id);
    });
  });

  describe('validation', () => {
    const valid = () =>
      sampleWebhookEvent('payment.succeeded', { transactionId: ids.transactionId('invalid') });

    it.each([
      ['a missing field', () => omit(valid(), 'customer'), 'customer'],
      ['a missing nested field', () => ({ ...valid(), customer: { id: 'cus-1' } }), 'email'],
      ['an unknown field', () => ({ ...valid(), card_number: '4242424242424242' }), 'card_number'],
      // Long enough for the gateway's coarse length check: the Lambda's format check answers.
      [
        'a malformed event time',
        () => ({ ...valid(), occurred_at: 'the day before yesterday' }),
        'occurred_at',
      ],
      [
        'a malformed email address',
        () => ({ ...valid(), customer: { id: 'c', email: 'nope' } }),
        'email',
      ],
    ])('answers 400 naming the field for %s', async (_case, body, field) => {
      const response = await stack.api.sendWebhook(JSON.stringify(body()));

      expect(response.status).toBe(400);
      expectErrorShape(errorBodyOf(response), 'VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).toContain(field);
    });

    it('answers 400 to a body that is not JSON', async () => {
      const response = await stack.api.sendWebhook('{"event_id": ');

      expect(response.status).toBe(400);
      expectErrorShape(errorBodyOf(response), 'VALIDATION_FAILED');
    });

    it('answers 415 to a body that is not declared as JSON', async () => {
      const response = await stack.api.sendWebhook(JSON.stringify(valid()), {
        'Content-Type': 'text/plain',
      });

      expect(response.status).toBe(415);
      expectErrorShape(errorBodyOf(response), 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers 400 to a transaction id outside the documented pattern', async () => {
      const response = await stack.api.getTransaction('x'.repeat(65));

      expect(response.status).toBe(400);
      expectErrorShape(errorBodyOf(response), 'VALIDATION_FAILED');
    });

    it(`answers 413 to a body over ${MAX_WEBHOOK_BODY_BYTES} bytes, counting the raw bytes`, async () => {
      // Valid JSON of a valid event, padded with whitespace: only the size is wrong.
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('oversize'),
      });
      const json = JSON.stringify(event);
      const body = `${json.slice(0, -1)}${' '.repeat(MAX_WEBHOOK_BODY_BYTES)}}`;

      const response = await stack.api.sendWebhook(body);

      expect(response.status).toBe(413);
      expectErrorShape(errorBodyOf(response), 'PAYLOAD_TOO_LARGE');
      await expectNotStored(event.transaction_id);
    });
  });

  describe('unknown transactions', () => {
    it('answers 404 NOT_FOUND to GET of an unknown id', async () => {
      const response = await stack.api.getTransaction(ids.transactionId('never-seen'));

      expect(response.status).toBe(404);
      expectErrorShape(errorBodyOf(response), 'NOT_FOUND');
    });

    it('answers 404 NOT_FOUND to notify for an unknown id', async () => {
      const response = await stack.api.notify(ids.transactionId('never-seen'), {
        request_id: 'r-404',
      });

      expect(response.status).toBe(404);
      expectErrorShape(errorBodyOf(response), 'NOT_FOUND');
    });
  });
});

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
