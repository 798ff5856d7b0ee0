import SwaggerParser from '@apidevtools/swagger-parser';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  API_GATEWAY_DOCUMENT_FILE,
  PUBLIC_DOCUMENT_FILE,
  writeOpenApiDocuments,
} from './write-openapi-documents';

describe('writeOpenApiDocuments', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes both documents, each valid when read back from disk', async () => {
    const written = writeOpenApiDocuments(dir);

    expect(written.map((path) => basename(path))).toEqual([
      PUBLIC_DOCUMENT_FILE,
      API_GATEWAY_DOCUMENT_FILE,
    ]);
    for (const path of written) {
      await expect(SwaggerParser.validate(path)).resolves.toMatchObject({ openapi: '3.0.3' });
    }
  });

  it('keeps AWS extensions out of the public file and in the gateway file', () => {
    writeOpenApiDocuments(dir);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');

    expect(read(PUBLIC_DOCUMENT_FILE)).not.toContain('x-amazon-apigateway');
    expect(read(API_GATEWAY_DOCUMENT_FILE)).toContain('"x-amazon-apigateway-integration"');
  });
});
