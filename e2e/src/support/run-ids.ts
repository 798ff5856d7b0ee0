import { randomBytes } from 'node:crypto';
import { normalizeRecipient } from '@payments/contracts';

/**
 * Ids unique to this run, so the suite can run again and again against the same stack (a
 * developer's `npm start`, a deployed stage) without meeting its own earlier data.
 */
const RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export interface RecipientSource {
  /** Domain of the addresses invented when there is no fixed list. */
  readonly emailDomain: string;
  /** Already-confirmed addresses to use instead (AWS runs, see setup/fixed-recipients.ts). */
  readonly fixedRecipients?: readonly string[] | undefined;
}

export function runScopedIds(source: RecipientSource, runId: string = RUN_ID) {
  return {
    runId,
    /** e.g. `e2e-lx2k9a1f3c-happy-txn`: within the 64-character transaction id pattern. */
    transactionId: (label: string) => `e2e-${runId}-${label}`.slice(0, 64),
    eventId: (label: string) => `e2e-${runId}-${label}`.slice(0, 128),
    customerId: (label: string) => `cus-${runId}-${label}`.slice(0, 64),
    /** Lower case, as the platform routes and stores recipients. */
    email: recipientChooser(source, runId),
  };
}

export type RunScopedIds = ReturnType<typeof runScopedIds>;

/**
 * Label -> customer address. Without a fixed list, an address invented for the run and the
 * label. With one, the same label always gets the same address and new labels take the list's
 * addresses in turn, so the labels of one test file (each file has its own ids) get different
 * addresses while the file uses no more labels than the list has addresses: the isolation
 * scenario's two customers get two inboxes.
 */
export function recipientChooser(
  source: RecipientSource,
  runId: string,
): (label: string) => string {
  const fixed = source.fixedRecipients;
  if (!fixed || fixed.length === 0) {
    return (label) => normalizeRecipient(`e2e-${runId}-${label}@${source.emailDomain}`);
  }
  const chosen = new Map<string, string>();
  return (label) => {
    let address = chosen.get(label);
    if (address === undefined) {
      address = normalizeRecipient(fixed[chosen.size % fixed.length] as string);
      chosen.set(label, address);
    }
    return address;
  };
}
