import {
  buildApiGatewayDocument,
  notifyRequestValidator,
  webhookEventExamples,
  webhookEventValidator,
  type Validator,
} from '@payments/contracts';
import { apiRoutes, findRoute } from './api-routes';
import { validateRequest } from './request-validation';

const document = buildApiGatewayDocument() as unknown as Record<string, unknown>;
const routes = apiRoutes(document);
const webhookRoute = findRoute(routes, 'POST', '/webhooks/payment');
const notifyRoute = findRoute(routes, 'POST', '/transactions/txn_1/notify');
const readRoute = findRoute(routes, 'GET', '/transactions/txn_1');

function routeOf(found: typeof webhookRoute) {
  if (!found) throw new Error('route not found');
  return found.route;
}

const valid = webhookEventExamples()['payment.created'];

function gatewayAccepts(route: typeof webhookRoute, body: unknown): boolean {
  if (!route) throw new Error('route not found');
  const verdict = validateRequest(
    route.route,
    {
      body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      contentType: 'application/json',
      pathParameters: route.pathParameters,
      query: {},
      headers: {},
    },
    document,
  );
  return verdict.ok;
}

function contractAccepts(validator: Validator<unknown>, body: unknown): boolean {
  return validator.validate(body).ok;
}

/** Bodies inside what a draft-4 gateway model can express: both layers must agree. */
const webhookCases: [string, unknown][] = [
  ...Object.entries(webhookEventExamples()).map(([type, e]): [string, unknown] => [
    `example ${type}`,
    e,
  ]),
  ['a missing field', { ...valid, event_id: undefined }],
  ['an unknown field', { ...valid, extra: true }],
  ['an amount as a string', { ...valid, amount: '4999' }],
  ['a fractional amount', { ...valid, amount: 49.99 }],
  ['a negative amount', { ...valid, amount: -1 }],
  ['an amount above the maximum', { ...valid, amount: 100_000_000_001 }],
  ['a lower-case currency', { ...valid, currency: 'usd' }],
  ['an unknown event type', { ...valid, event_type: 'payment.disputed' }],
  ['an event id with a space', { ...valid, event_id: 'evt 1' }],
  ['a too long transaction id', { ...valid, transaction_id: 'x'.repeat(65) }],
  ['an upper-case provider', { ...valid, provider: 'Stripe' }],
  ['a customer without email', { ...valid, customer: { id: 'cus_1' } }],
  ['a customer with an extra field', { ...valid, customer: { ...valid.customer, name: 'J' } }],
  [
    'too many metadata entries',
    {
      ...valid,
      metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])),
    },
  ],
  ['a too long metadata value', { ...valid, metadata: { k: 'v'.repeat(201) } }],
  ['a non-string metadata value', { ...valid, metadata: { k: 1 } }],
  ['an array', [valid]],
  ['a string', 'payment'],
  ['null', null],
];

const notifyCases: [string, unknown][] = [
  ['a request id', { request_id: 'resend-1' }],
  ['a request id and a reason', { request_id: 'resend-1', reason: 'customer asked' }],
  ['no request id', { reason: 'customer asked' }],
  ['an empty reason', { request_id: 'resend-1', reason: '' }],
  ['an unknown field', { request_id: 'resend-1', force: true }],
  ['a request id with a slash', { request_id: 'a/b' }],
];

describe('gateway request validation against the contract validators', () => {
  it.each(webhookCases)(
    'POST /webhooks/payment with %s: same verdict as webhookEventValidator',
    (_label, body) => {
      const json = JSON.parse(JSON.stringify(body) ?? 'null');

      expect(gatewayAccepts(webhookRoute, json)).toBe(contractAccepts(webhookEventValidator, json));
    },
  );

  it.each(notifyCases)(
    'POST /transactions/{id}/notify with %s: same verdict as notifyRequestValidator',
    (_label, body) => {
      expect(gatewayAccepts(notifyRoute, body)).toBe(contractAccepts(notifyRequestValidator, body));
    },
  );

  // Formats and key patterns are not in the draft-4 gateway models: the Lambda rejects these.
  it.each([
    [
      'an email without @',
      { ...valid, customer: { ...valid.customer, email: 'jane.example.com' } },
    ],
    [
      'an occurred_at that is not a date-time',
      { ...valid, occurred_at: 'the day before yesterday' },
    ],
    ['a metadata key with a space', { ...valid, metadata: { 'order id': '1' } }],
  ])('lets %s through to the function, which rejects it', (_label, body) => {
    expect(gatewayAccepts(webhookRoute, body)).toBe(true);
    expect(contractAccepts(webhookEventValidator, body)).toBe(false);
  });

  it('answers the deployed BAD_REQUEST_BODY string for a missing field', () => {
    const verdict = validateRequest(
      routeOf(webhookRoute),
      {
        body: Buffer.from(JSON.stringify({ ...valid, event_id: undefined })),
        contentType: 'application/json; charset=utf-8',
        pathParameters: {},
        query: {},
        headers: {},
      },
      document,
    );

    expect(verdict).toEqual({
      ok: false,
      responseType: 'BAD_REQUEST_BODY',
      message: 'Invalid request body',
      validationErrorString: '[object has missing required properties ([\\"event_id\\"])]',
    });
  });

  it('does not validate a body whose media type has no model, as API Gateway', () => {
    const verdict = validateRequest(
      routeOf(webhookRoute),
      {
        body: Buffer.from('not json'),
        contentType: 'text/plain',
        pathParameters: {},
        query: {},
        headers: {},
      },
      document,
    );

    expect(verdict).toEqual({ ok: true });
  });

  it('validates the GET route’s parameters by presence only', () => {
    const verdict = validateRequest(
      routeOf(readRoute),
      {
        body: Buffer.alloc(0),
        contentType: undefined,
        pathParameters: { id: 'bad id!' },
        query: {},
        headers: {},
      },
      document,
    );

    expect(verdict).toEqual({ ok: true });
  });
});
