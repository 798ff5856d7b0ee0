import { Compile } from 'typebox/compile';
import {
  mediaTypesOf,
  operationById,
  validateWithSwaggerParser,
} from '../../test/openapi-test-support';
import { ERROR_CODES } from '../schemas/error-response';
import { API_OPERATIONS } from './api-operations';
import { buildOpenApiDocument } from './build-openapi-document';
import { componentTypeBoxSchemas, type ComponentName } from './component-schemas';

const EXPECTED_STATUSES = {
  receivePaymentWebhook: ['200', '202', '400', '403', '409', '413', '415', '429', '500', '503'],
  getTransaction: ['200', '400', '403', '404', '429', '500', '503'],
  notifyTransaction: ['202', '400', '403', '404', '413', '415', '429', '500', '503'],
};

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument();

  it('is a valid OpenAPI 3.0.3 document', async () => {
    expect(document.openapi).toBe('3.0.3');
    await expect(validateWithSwaggerParser(document)).resolves.toBeUndefined();
  });

  it('is pure: two builds are identical and the builder does not share state', () => {
    const again = buildOpenApiDocument();
    (again.components.schemas as Record<string, unknown>)['WebhookEvent'] = {};

    expect(buildOpenApiDocument()).toEqual(document);
  });

  it('has exactly the three operations of API_OPERATIONS under their paths', () => {
    for (const { path, method, operationId } of API_OPERATIONS) {
      expect(document.paths[path]?.[method]?.operationId).toBe(operationId);
    }
    const all = Object.values(document.paths).flatMap((item) => Object.keys(item));
    expect(all).toHaveLength(3);
  });

  it.each(Object.entries(EXPECTED_STATUSES))(
    '%s documents every response it can give',
    (id, statuses) => {
      const responses = operationById(document, id)['responses'] as Record<string, unknown>;

      expect(Object.keys(responses).sort()).toEqual([...statuses].sort());
    },
  );

  it('uses the one ErrorResponse schema for every 4xx and 5xx, with an example of each', () => {
    for (const { operationId } of API_OPERATIONS) {
      for (const media of mediaTypesOf(operationById(document, operationId))) {
        if (!(Number(media.where) >= 400)) continue;
        expect(media.schema).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
        const codes = Object.values(media.examples ?? {}).map(
          (e) => (e.value as { code: string }).code,
        );
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes)
          expect(String(ERROR_CODES[code as keyof typeof ERROR_CODES])).toBe(media.where);
      }
    }
  });

  it('gives every request body and response an example that its TypeBox schema accepts', () => {
    const schemas = componentTypeBoxSchemas();
    for (const { operationId } of API_OPERATIONS) {
      for (const media of mediaTypesOf(operationById(document, operationId))) {
        const name = media.schema.$ref?.split('/').pop() as ComponentName;
        const check = Compile(schemas[name]);
        const examples = Object.values(media.examples ?? {});
        expect(examples.length).toBeGreaterThan(0);
        for (const { value } of examples)
          expect([operationId, media.where, check.Check(value)]).toEqual([
            operationId,
            media.where,
            true,
          ]);
      }
    }
  });

  it('names components with letters and digits only, as API Gateway models require', () => {
    expect(Object.keys(document.components.schemas).sort()).toEqual([
      'ErrorResponse',
      'NotifyAck',
      'NotifyRequest',
      'TransactionView',
      'WebhookAck',
      'WebhookEvent',
    ]);
    for (const name of Object.keys(document.components.schemas))
      expect(name).toMatch(/^[A-Za-z0-9]+$/);
  });

  it('emits no JSON Schema keyword that OpenAPI 3.0 lacks', () => {
    const text = JSON.stringify(document.components.schemas);

    for (const keyword of ['"const"', '"$id"', '"$schema"', '"patternProperties"', '"examples"']) {
      expect(text).not.toContain(keyword);
    }
  });

  it('documents the id path parameter with its pattern and maximum length', () => {
    for (const id of ['getTransaction', 'notifyTransaction']) {
      const [parameter] = operationById(document, id)['parameters'] as Array<
        Record<string, unknown>
      >;

      expect(parameter).toMatchObject({
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$', maxLength: 64 },
      });
    }
  });

  it('requires SigV4 on every operation', () => {
    expect(document.components.securitySchemes['sigv4']).toMatchObject({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
    });
    for (const { operationId } of API_OPERATIONS) {
      expect(operationById(document, operationId)['security']).toEqual([{ sigv4: [] }]);
    }
  });

  it('says in the webhook request that unknown fields are rejected, and why', () => {
    const body = operationById(document, 'receivePaymentWebhook')['requestBody'] as {
      description: string;
    };

    expect(body.description).toMatch(/Unknown fields are rejected/);
    expect(body.description).toMatch(/hides integration bugs/);
  });

  it('carries no AWS extensions', () => {
    expect(JSON.stringify(document)).not.toContain('x-amazon-apigateway');
  });

  it('carries the integrator guide in info.description, one top-level section per topic', () => {
    const headings = (document.info.description ?? '').match(/^# .+$/gm);

    expect(headings).toEqual([
      '# Overview',
      '# Authentication',
      '# Event catalogue',
      '# Delivery semantics',
      '# Errors',
      '# Limits',
      '# Versioning and changelog',
    ]);
  });
});
