import { startMotoServer } from './moto-server';

// Starts one moto server for the integration run; test files read its endpoint from the env
// (workers are forked after this runs, so they inherit it).
export default async function globalSetup(): Promise<void> {
  const moto = await startMotoServer();
  process.env['MOTO_ENDPOINT'] = moto.endpoint;
  (globalThis as Record<string, unknown>)['__MOTO__'] = moto;
}
