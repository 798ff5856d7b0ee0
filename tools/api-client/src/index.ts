export * from './api-response';
export * from './credentials';
export * from './payment-api-client';
export * from './read-stack-outputs';
export * from './sample-events';
export * from './signed-http-client';
export * from './stack-outputs';
