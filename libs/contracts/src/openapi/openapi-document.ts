/**
 * Just enough structure of an OpenAPI 3.0 document for the builders and their callers; every
 * object stays open (`[key: string]: unknown`) for vendor extensions such as `x-amazon-*`.
 */
export type JsonSchemaObject = { [keyword: string]: unknown };

export interface OperationObject {
  readonly operationId: string;
  readonly [key: string]: unknown;
}

export type PathItemObject = { readonly [method: string]: OperationObject };

export interface OpenApiDocument {
  readonly openapi: '3.0.3';
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description?: string;
    readonly [key: string]: unknown;
  };
  readonly paths: { readonly [path: string]: PathItemObject };
  readonly components: {
    readonly schemas: { readonly [name: string]: JsonSchemaObject };
    readonly securitySchemes: { readonly [name: string]: JsonSchemaObject };
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}
