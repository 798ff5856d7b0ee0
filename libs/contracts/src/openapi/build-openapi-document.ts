import { API_OPERATIONS } from './api-operations';
import { componentSchemas } from './component-schemas';
import { apiGuideMarkdown } from './guide/api-guide';
import { API_VERSION } from './guide/changelog';
import type { OpenApiDocument, PathItemObject } from './openapi-document';
import { operationObjects, SECURITY_SCHEME_NAME } from './operations';

export const API_TITLE = 'Payment Webhooks API';

/**
 * The public OpenAPI 3.0.3 document: the three operations, their schemas (generated from the
 * TypeBox contracts), every response with examples, and the integrator's guide. Pure and free
 * of AWS extensions; `buildApiGatewayDocument` derives the deployable variant from it.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.0.3',
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description: apiGuideMarkdown(),
      license: { name: 'Proprietary' },
    },
    servers: [
      {
        url: 'https://{restApiId}.execute-api.us-east-2.amazonaws.com/v1',
        description: 'AWS deployment (the ApiUrl stack output)',
        variables: {
          restApiId: { default: 'a1b2c3d4e5', description: 'REST API id of the deployment.' },
        },
      },
      { url: 'http://127.0.0.1:3000/v1', description: 'Local stack (npm start)' },
    ],
    tags: [
      {
        name: 'Webhooks',
        description: 'Payment events delivered by payment providers (`WebhookSenderPolicyArn`).',
      },
      {
        name: 'Transactions',
        description:
          'Reading transactions (`TransactionReaderPolicyArn`) and re-sending customer notifications (`NotifierPolicyArn`).',
      },
    ],
    security: [{ [SECURITY_SCHEME_NAME]: [] }],
    paths: buildPaths(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        [SECURITY_SCHEME_NAME]: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          description:
            'AWS Signature Version 4 for service `execute-api` in `us-east-2` (IAM authorization). See *Authentication*.',
        },
      },
    },
  };
}

function buildPaths(): Record<string, PathItemObject> {
  const operations = operationObjects();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { path, method, operationId } of API_OPERATIONS) {
    paths[path] = { ...paths[path], [method]: operations[operationId] };
  }
  return paths as Record<string, PathItemObject>;
}
