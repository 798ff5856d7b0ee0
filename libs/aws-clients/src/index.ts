export * from './client-options';
export * from './dynamodb-document-client';
export * from './sns-client';
export * from './sqs-client';
export * from './sampled-tracer';
