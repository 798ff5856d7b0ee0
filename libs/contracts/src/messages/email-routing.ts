/**
 * SNS email is a broadcast: every confirmed subscription gets every message unless its filter
 * policy says otherwise. Every publish therefore carries the recipient as a message attribute,
 * and every customer subscription is created *with* the filter policy below in the same
 * Subscribe call, so no customer subscription ever exists without its filter.
 */
export const RECIPIENT_ATTRIBUTE = 'recipient';
export const AUDIENCE_ATTRIBUTE = 'audience';

/** Email addresses are compared case-insensitively; the attribute always holds the lower-cased form. */
export function normalizeRecipient(email: string): string {
  return email.trim().toLowerCase();
}

export function customerFilterPolicy(email: string): string {
  return JSON.stringify({ [RECIPIENT_ATTRIBUTE]: [normalizeRecipient(email)] });
}

/** SNS suspends an email subscription receiving more than 10 messages/s; stay well below. */
export const MAX_EMAILS_PER_SECOND = 8;
