import { randomBytes } from 'node:crypto';
import { normalizeRecipient } from '@payments/contracts';

/**
 * Ids unique to this run, so the suite can run again and again against the same stack (a
 * developer's `npm start`, a deployed stage) without meeting its own earlier data.
 */
const RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export function runScopedIds(emailDomain: string) {
  return {
    runId: RUN_ID,
    /** e.g. `e2e-lx2k9a1f3c-happy-txn`: within the 64-character transaction id pattern. */
    transactionId: (label: string) => `e2e-${RUN_ID}-${label}`.slice(0, 64),
    eventId: (label: string) => `e2e-${RUN_ID}-${label}`.slice(0, 128),
    customerId: (label: string) => `cus-${RUN_ID}-${label}`.slice(0, 64),
    /** Lower case, as the platform routes and stores recipients. */
    email: (label: string) => normalizeRecipient(`e2e-${RUN_ID}-${label}@${emailDomain}`),
  };
}

export type RunScopedIds = ReturnType<typeof runScopedIds>;
