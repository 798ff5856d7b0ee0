import { E2E_ENV, type E2eTarget } from './e2e-environment';

type Environment = Readonly<Record<string, string | undefined>>;

/** Two customers at least: the recipient-isolation scenario needs two different inboxes. */
export const MIN_FIXED_RECIPIENTS = 2;

// A plausible address, not RFC 5322: enough to catch a typo or a stray separator early.
const ADDRESS = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

const WHY =
  'In AWS every new email subscription stays pending until a person clicks the link SNS mails, ' +
  'so notifications to addresses invented for a run are never sent and the suite would time out. ' +
  'List addresses you own whose subscriptions are already confirmed (subscribe them once, e.g. ' +
  'by running the suite with them and clicking each confirmation link), for example ' +
  `${E2E_ENV.recipients}=payments-e2e+alice@example.org,payments-e2e+bob@example.org.`;

/**
 * The customer addresses a run must use instead of inventing its own, or undefined when it
 * invents them. AWS runs need them (see WHY) and fail here, in global setup, when they are
 * missing or unusable. Local runs always invent addresses: the local outbox is checked for the
 * exact number of emails each address received, which only holds for addresses used by one
 * test alone, and the local stack confirms subscriptions at once anyway.
 */
export function fixedRecipientsFor(
  target: E2eTarget,
  env: Environment,
): readonly string[] | undefined {
  if (target !== 'aws') return undefined;
  const raw = env[E2E_ENV.recipients];
  if (raw === undefined || raw.trim() === '') {
    throw new Error(`[e2e] ${E2E_ENV.target}=aws needs ${E2E_ENV.recipients}. ${WHY}`);
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  const malformed = entries.filter((entry) => !ADDRESS.test(entry));
  if (malformed.length > 0) {
    throw new Error(
      `[e2e] ${E2E_ENV.recipients} has entries that are not email addresses: ${malformed.join(', ')}. ${WHY}`,
    );
  }
  const distinct = [...new Set(entries)];
  if (distinct.length < MIN_FIXED_RECIPIENTS) {
    throw new Error(
      `[e2e] ${E2E_ENV.recipients} needs at least ${MIN_FIXED_RECIPIENTS} different addresses ` +
        `(got ${distinct.length}): the recipient-isolation scenario emails two customers. ${WHY}`,
    );
  }
  return distinct;
}
