import { operationById, validateWithSwaggerParser } from '../../test/openapi-test-support';
import { ERROR_CODES } from '../schemas/error-response';
import { API_OPERATIONS, type LambdaIntegrationUris } from './api-operations';
import { buildApiGatewayDocument } from './build-api-gateway-document';
import { lambdaIntegrationUri, placeholderIntegrationUris } from './integration-uris';

/**
 * The draft-4 keywords this test accepts in an API Gateway model, written out here on purpose
 * (not imported from the builder) so that widening the builder's list needs a reviewed change
 * to the test as well.
 */
const ALLOWED_MODEL_KEYWORDS = new Set([
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);

/** Returns `path: keyword` for every keyword outside the allow-list, at any depth. */
function disallowedKeywords(schema: unknown, path: string): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return [`${path}: not a schema object`];
  }
  const found: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!ALLOWED_MODEL_KEYWORDS.has(keyword)) found.push(`${path}: ${keyword}`);
    if (keyword === 'properties') {
      for (const [name, child] of Object.entries(value as object)) {
        found.push(...disallowedKeywords(child, `${path}/properties/${name}`));
      }
    }
    if (keyword === 'items' || (keyword === 'additionalProperties' && typeof value !== 'boolean')) {
      found.push(...disallowedKeywords(value, `${path}/${keyword}`));
    }
  }
  return found;
}

const realUris: LambdaIntegrationUris = {
  webhookProcessor: lambdaIntegrationUri('us-east-2', 'arn:aws:lambda:us-east-2:1:function:a'),
  transactionReader: lambdaIntegrationUri('us-east-2', 'arn:aws:lambda:us-east-2:1:function:b'),
  notificationSender: lambdaIntegrationUri('us-east-2', 'arn:aws:lambda:us-east-2:1:function:c'),
};

describe('buildApiGatewayDocument', () => {
  const document = buildApiGatewayDocument(realUris);

  it('is a valid OpenAPI 3.0.3 document, with placeholders as with real URIs', async () => {
    await expect(validateWithSwaggerParser(document)).resolves.toBeUndefined();
    await expect(validateWithSwaggerParser(buildApiGatewayDocument())).resolves.toBeUndefined();
  });

  it('keeps every model inside the draft-4 keyword allow-list', () => {
    const models = Object.entries(document.components.schemas);

    expect(models.length).toBe(6);
    const violations = models.flatMap(([name, model]) => disallowedKeywords(model, name));
    expect(violations).toEqual([]);
  });

  it('walks nested schemas: the allow-list check catches a keyword deep inside a model', () => {
    const model = { type: 'object', properties: { a: { items: { const: 1 } } } };

    expect(disallowedKeywords(model, 'M')).toEqual(['M/properties/a/items: const']);
  });

  it('requires AWS_IAM on every operation, through the awsSigv4 scheme', () => {
    for (const { operationId } of API_OPERATIONS) {
      const operation = operationById(document, operationId);
      expect(operation['x-amazon-apigateway-auth']).toEqual({ type: 'AWS_IAM' });
      expect(operation['security']).toEqual([{ sigv4: [] }]);
    }
    expect(document.components.securitySchemes['sigv4']).toMatchObject({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    });
  });

  it('validates the body on both POSTs and the parameters where there is an id', () => {
    expect(document['x-amazon-apigateway-request-validators']).toEqual({
      body: { validateRequestBody: true, validateRequestParameters: false },
      params: { validateRequestBody: false, validateRequestParameters: true },
      all: { validateRequestBody: true, validateRequestParameters: true },
    });
    const validatorOf = (id: string) =>
      operationById(document, id)['x-amazon-apigateway-request-validator'];
    expect(validatorOf('receivePaymentWebhook')).toBe('body');
    expect(validatorOf('getTransaction')).toBe('params');
    expect(validatorOf('notifyTransaction')).toBe('all');
  });

  it('proxies each operation to its own Lambda', () => {
    for (const { operationId, lambda } of API_OPERATIONS) {
      expect(operationById(document, operationId)['x-amazon-apigateway-integration']).toEqual({
        type: 'aws_proxy',
        httpMethod: 'POST',
        uri: realUris[lambda],
        passthroughBehavior: 'when_no_match',
      });
    }
  });

  it('fills placeholder integration URIs when none are given', () => {
    const placeholders = placeholderIntegrationUris();
    const operation = operationById(buildApiGatewayDocument(), 'getTransaction');

    expect(operation['x-amazon-apigateway-integration']).toMatchObject({
      uri: placeholders.transactionReader,
    });
    expect(placeholders.transactionReader).toMatch(
      /^arn:aws:apigateway:us-east-2:lambda:path\/2015-03-31\/functions\/arn:aws:lambda:.+\/invocations$/,
    );
  });

  it.each([
    'BAD_REQUEST_BODY',
    'BAD_REQUEST_PARAMETERS',
    'ACCESS_DENIED',
    'MISSING_AUTHENTICATION_TOKEN',
    'INVALID_SIGNATURE',
    'EXPIRED_TOKEN',
    'UNAUTHORIZED',
    'THROTTLED',
    'REQUEST_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'DEFAULT_4XX',
    'DEFAULT_5XX',
  ])('answers %s in the ErrorResponse shape with a matching status', (type) => {
    const responses = document['x-amazon-apigateway-gateway-responses'] as Record<
      string,
      { statusCode: string; responseTemplates: Record<string, string> }
    >;
    const response = responses[type];
    const rendered = response?.responseTemplates['application/json']
      ?.replace('$context.error.messageString', '"Forbidden"')
      .replace('$context.requestId', 'req-1')
      .replace('$context.error.validationErrorString', '[instance failed to match]');
    const body = JSON.parse(rendered ?? 'null');

    expect(body).toEqual({
      code: expect.any(String),
      message: 'Forbidden',
      request_id: 'req-1',
      errors: expect.any(Array),
    });
    expect(response?.statusCode).toBe(String(ERROR_CODES[body.code as keyof typeof ERROR_CODES]));
  });

  it('carries the validator explanation in the BAD_REQUEST_BODY response', () => {
    const responses = document['x-amazon-apigateway-gateway-responses'] as Record<
      string,
      { responseTemplates: Record<string, string> }
    >;

    expect(responses['BAD_REQUEST_BODY']?.responseTemplates['application/json']).toContain(
      '$context.error.validationErrorString',
    );
  });

  it('is JSON only: no binary media types, no examples, no guide', () => {
    const text = JSON.stringify(document);

    expect(document['x-amazon-apigateway-binary-media-types']).toBeUndefined();
    expect(text).not.toMatch(/"examples?":/);
    expect(text).not.toContain('# Authentication');
  });
});
