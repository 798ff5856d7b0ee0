/**
 * `@payments/moto-harness`: what integration specs need to talk to the run's moto server.
 * Test-only: product code never imports it (the server itself is started by the Jest global
 * setup in this folder).
 */
export { motoClientOptions } from './integration-env';
export { createTransactionsTable } from './transactions-table';
export { uniqueName } from './unique-name';
