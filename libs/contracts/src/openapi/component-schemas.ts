import type { TSchema } from 'typebox';
import { ErrorResponseSchema } from '../schemas/error-response';
import { NotifyAckSchema, NotifyRequestSchema } from '../schemas/notify';
import { TransactionViewSchema } from '../schemas/transaction-view';
import { WebhookAckSchema } from '../schemas/webhook-ack';
import { WebhookEventSchema } from '../schemas/webhook-event';
import type { JsonSchemaObject } from './openapi-document';
import { toOpenApiSchema } from './to-openapi-schema';

/**
 * The named schemas of the API. Names are alphanumeric because API Gateway turns each one into
 * a model, and model names may only contain letters and digits.
 */
export function componentTypeBoxSchemas(): Record<ComponentName, TSchema> {
  return {
    WebhookEvent: WebhookEventSchema,
    WebhookAck: WebhookAckSchema,
    TransactionView: TransactionViewSchema,
    NotifyRequest: NotifyRequestSchema,
    NotifyAck: NotifyAckSchema,
    ErrorResponse: ErrorResponseSchema,
  };
}

export type ComponentName =
  | 'WebhookEvent'
  | 'WebhookAck'
  | 'TransactionView'
  | 'NotifyRequest'
  | 'NotifyAck'
  | 'ErrorResponse';

export function componentSchemas(): Record<ComponentName, JsonSchemaObject> {
  const schemas = componentTypeBoxSchemas();
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, toOpenApiSchema(schema)]),
  ) as Record<ComponentName, JsonSchemaObject>;
}

export function schemaRef(name: ComponentName): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}
