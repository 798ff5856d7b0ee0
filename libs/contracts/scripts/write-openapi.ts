// `nx run contracts:openapi`: writes both OpenAPI documents (default dist/libs/contracts).
import { writeOpenApiDocuments } from './write-openapi-documents';

for (const path of writeOpenApiDocuments(process.argv[2] ?? 'dist/libs/contracts')) {
  console.log(`wrote ${path}`);
}
