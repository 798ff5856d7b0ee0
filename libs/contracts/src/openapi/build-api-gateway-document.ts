import { API_OPERATIONS, type LambdaIntegrationUris, type OperationId } from './api-operations';
import { API_TITLE, buildOpenApiDocument } from './build-openapi-document';
import { gatewayResponses } from './gateway-responses';
import { placeholderIntegrationUris } from './integration-uris';
import type { JsonSchemaObject, OpenApiDocument, OperationObject } from './openapi-document';
import { SECURITY_SCHEME_NAME } from './operations';
import { toApiGatewayModel } from './to-gateway-model';

export const REQUEST_VALIDATORS = {
  body: { validateRequestBody: true, validateRequestParameters: false },
  params: { validateRequestBody: false, validateRequestParameters: true },
  all: { validateRequestBody: true, validateRequestParameters: true },
} as const;

/** Body validation on both POSTs, parameter validation where there is an `{id}`. */
export const OPERATION_REQUEST_VALIDATOR: Record<OperationId, keyof typeof REQUEST_VALIDATORS> = {
  receivePaymentWebhook: 'body',
  getTransaction: 'params',
  notifyTransaction: 'all',
};

/**
 * The document API Gateway imports (SpecRestApi): the public document's operations and models
 * plus IAM auth, request validators, Lambda proxy integrations and gateway responses in the
 * ErrorResponse shape. Models are reduced to the draft-4 subset API Gateway accepts; the guide
 * and the examples stay in the public document, where people read them.
 */
export function buildApiGatewayDocument(
  uris: LambdaIntegrationUris = placeholderIntegrationUris(),
): OpenApiDocument {
  const publicDocument = buildOpenApiDocument();
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const { path, method, operationId, lambda } of API_OPERATIONS) {
    const operation = publicDocument.paths[path]?.[method];
    if (!operation) throw new Error(`the public document has no ${method} ${path}`);
    paths[path] = {
      ...paths[path],
      [method]: {
        ...withoutExamples(operation),
        'x-amazon-apigateway-auth': { type: 'AWS_IAM' },
        'x-amazon-apigateway-request-validator': OPERATION_REQUEST_VALIDATOR[operationId],
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: uris[lambda],
          passthroughBehavior: 'when_no_match',
        },
      },
    };
  }
  const { schemas, securitySchemes } = publicDocument.components;
  return {
    openapi: '3.0.3',
    info: {
      title: API_TITLE,
      version: publicDocument.info.version,
      description: 'Payment webhook ingestion, transaction reads and customer notifications.',
    },
    tags: (publicDocument['tags'] as { name: string }[]).map(({ name }) => ({ name })),
    security: publicDocument['security'],
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, toApiGatewayModel(schema, name)]),
      ),
      securitySchemes: {
        [SECURITY_SCHEME_NAME]: {
          ...securitySchemes[SECURITY_SCHEME_NAME],
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
      },
    },
    'x-amazon-apigateway-request-validators': REQUEST_VALIDATORS,
    'x-amazon-apigateway-gateway-responses': gatewayResponses(),
  };
}

/** Drops `example`/`examples` everywhere in an operation: API Gateway does not support them. */
function withoutExamples<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutExamples) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as JsonSchemaObject)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, child]) => [key, withoutExamples(child)]),
  ) as T;
}
