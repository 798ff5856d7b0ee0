import type { MotoServer } from './moto-server';

export default async function globalTeardown(): Promise<void> {
  const moto = (globalThis as Record<string, unknown>)['__MOTO__'] as MotoServer | undefined;
  await moto?.stop();
}
