import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApiGatewayDocument, buildOpenApiDocument } from '../src/index';

export const PUBLIC_DOCUMENT_FILE = 'openapi.json';
export const API_GATEWAY_DOCUMENT_FILE = 'openapi.apigateway.json';

/**
 * Writes the public document (for people, the docs site and client generators) and the API
 * Gateway document with placeholder integration URIs (for review and diffing; the stack builds
 * its own with the real function ARNs). Returns the paths written.
 */
export function writeOpenApiDocuments(outDir: string): string[] {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const documents = {
    [PUBLIC_DOCUMENT_FILE]: buildOpenApiDocument(),
    [API_GATEWAY_DOCUMENT_FILE]: buildApiGatewayDocument(),
  };
  return Object.entries(documents).map(([file, document]) => {
    const path = join(dir, file);
    writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
    return path;
  });
}
