import type { ErrorCode, ErrorResponse, FieldError } from '../../schemas/error-response';
import { MAX_WEBHOOK_BODY_BYTES } from '../../schemas/webhook-event';
import type { Validator } from '../../validation/compile-validator';
import {
  notifyRequestValidator,
  transactionPathParametersValidator,
  webhookEventValidator,
} from '../../validation/validators';
import type { OperationId } from '../api-operations';
import { webhookEventExample } from './webhook-event-examples';

export interface NamedExample<T> {
  readonly summary: string;
  readonly value: T;
}

function example(code: ErrorCode, message: string, errors: FieldError[] = []): ErrorResponse {
  return { code, message, request_id: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', errors };
}

function validationErrors<T>(validator: Validator<T>, input: unknown): FieldError[] {
  const result = validator.validate(input);
  if (result.ok) throw new Error('an invalid example passed validation');
  return result.errors;
}

/** A webhook body with three typical mistakes; the 400 example shows what the validator says. */
function brokenWebhookBody(): unknown {
  const event = webhookEventExample();
  return {
    ...event,
    amount: 49.99,
    customer: { ...event.customer, email: 'jane.doe(at)example.com' },
    signature: 't=1709374530,v1=5257a869',
  };
}

/**
 * 400 examples per operation. The contract-validation examples are computed by the real
 * validators, so they cannot drift from what the service answers.
 */
export function validationFailedExamples(): Record<
  OperationId,
  Record<string, NamedExample<ErrorResponse>>
> {
  const malformedJson: NamedExample<ErrorResponse> = {
    summary: 'Body is not JSON',
    value: example(
      'VALIDATION_FAILED',
      'Request body is not valid JSON: Unexpected end of JSON input',
      [{ path: '', message: 'must be valid JSON' }],
    ),
  };

  const badPathId: NamedExample<ErrorResponse> = {
    summary: 'The `id` path segment breaks the documented pattern',
    value: example(
      'VALIDATION_FAILED',
      'The transaction id in the path is invalid.',
      validationErrors(transactionPathParametersValidator, { id: 'txn 42;drop' }),
    ),
  };
  return {
    receivePaymentWebhook: {
      contract: {
        summary: 'Body breaks the contract (checked by the service, every problem listed)',
        value: example(
          'VALIDATION_FAILED',
          'The webhook event is invalid.',
          validationErrors(webhookEventValidator, brokenWebhookBody()),
        ),
      },
      gateway: {
        summary: 'Body rejected by the gateway’s first-pass schema check',
        value: example('VALIDATION_FAILED', 'Invalid request body', [
          { path: '', message: '[object has missing required properties (["amount"])]' },
        ]),
      },
      malformedJson,
    },
    getTransaction: { badPathId },
    notifyTransaction: {
      contract: {
        summary: 'Body breaks the contract',
        value: example(
          'VALIDATION_FAILED',
          'The request body is invalid.',
          validationErrors(notifyRequestValidator, { request_id: '', channel: 'sms' }),
        ),
      },
      badPathId,
      malformedJson,
    },
  };
}

/**
 * Examples of every other error code, keyed by code. Messages produced by API Gateway itself
 * (auth, throttling) are quoted as the gateway responses render them.
 */
export function errorExamples(): Record<
  Exclude<ErrorCode, 'VALIDATION_FAILED'>,
  Record<string, NamedExample<ErrorResponse>>
> {
  return {
    ACCESS_DENIED: {
      notAllowed: {
        summary: 'Signed, but the caller’s policy does not allow this route',
        value: example(
          'ACCESS_DENIED',
          'User: arn:aws:sts::111122223333:assumed-role/acme-webhook-relay/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-2:444455556666:a1b2c3d4e5/v1/GET/transactions/txn_3MtwBwLkdIwHu7ix',
        ),
      },
      unsigned: {
        summary: 'No SigV4 signature (also the answer for a path that does not exist)',
        value: example('ACCESS_DENIED', 'Missing Authentication Token'),
      },
      badSignature: {
        summary: 'Signature does not match (wrong secret, region, service or signed body)',
        value: example(
          'ACCESS_DENIED',
          'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        ),
      },
    },
    NOT_FOUND: {
      unknownTransaction: {
        summary: 'No event has been accepted for this transaction id',
        value: example('NOT_FOUND', 'No transaction with id txn_3MtwBwLkdIwHu7ix.'),
      },
    },
    EVENT_ID_CONFLICT: {
      differentPayload: {
        summary: 'Same event id, different payload',
        value: example(
          'EVENT_ID_CONFLICT',
          'Event id evt_1MtwBwLkdIwHu7ixC3 was already accepted for transaction txn_3MtwBwLkdIwHu7ix with a different payload. The stored event is kept unchanged and this delivery was not applied. Redeliver the original payload, or send a changed event under a new event id.',
        ),
      },
    },
    PAYLOAD_TOO_LARGE: {
      tooLarge: {
        summary: `Body larger than ${MAX_WEBHOOK_BODY_BYTES} bytes`,
        value: example(
          'PAYLOAD_TOO_LARGE',
          `Request body is 20480 bytes; the limit is ${MAX_WEBHOOK_BODY_BYTES} bytes.`,
        ),
      },
    },
    UNSUPPORTED_MEDIA_TYPE: {
      notJson: {
        summary: 'Content-Type is not application/json',
        value: example(
          'UNSUPPORTED_MEDIA_TYPE',
          'Content-Type must be application/json (got "text/plain").',
        ),
      },
    },
    THROTTLED: {
      throttled: {
        summary: 'Above the route’s rate or burst limit',
        value: example('THROTTLED', 'Too Many Requests'),
      },
    },
    INTERNAL_ERROR: {
      unexpected: {
        summary: 'Unexpected failure; nothing was acknowledged',
        value: example('INTERNAL_ERROR', 'Internal error.'),
      },
    },
    SERVICE_UNAVAILABLE: {
      dependency: {
        summary: 'Storage or queue unavailable; retry the same request',
        value: example('SERVICE_UNAVAILABLE', 'A dependency is unavailable; retry later.'),
      },
    },
  };
}
