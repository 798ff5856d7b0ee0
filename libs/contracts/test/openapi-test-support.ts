import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenApiDocument, OperationObject } from '../src/openapi/openapi-document';

/** Validates a deep copy: SwaggerParser dereferences in place and would mutate the document. */
export async function validateWithSwaggerParser(document: OpenApiDocument): Promise<void> {
  // The library types its input as its own OpenAPI type; ours is structurally the same JSON.
  await SwaggerParser.validate(structuredClone(document) as never);
}

export interface MediaTypeUse {
  readonly where: string;
  readonly schema: { $ref?: string };
  readonly examples?: Record<string, { value: unknown }>;
}

interface Content {
  readonly content?: Record<string, Omit<MediaTypeUse, 'where'>>;
}

/** Every JSON media-type object of an operation: its request body and each response. */
export function mediaTypesOf(operation: OperationObject): MediaTypeUse[] {
  const uses: MediaTypeUse[] = [];
  const add = (where: string, holder: Content | undefined) => {
    const media = holder?.content?.['application/json'];
    if (media) uses.push({ where, ...media });
  };
  add('requestBody', operation['requestBody'] as Content | undefined);
  const responses = operation['responses'] as Record<string, Content>;
  for (const [status, response] of Object.entries(responses)) add(status, response);
  return uses;
}

export function operationById(document: OpenApiDocument, operationId: string): OperationObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId === operationId) return operation;
    }
  }
  throw new Error(`no operation ${operationId}`);
}
