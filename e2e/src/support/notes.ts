const printed = new Set<string>();

/** Says once per test file what a run against this target cannot check, instead of skipping silently. */
export function noteOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`[e2e] ${message}`);
}

export const AWS_OUTBOX_NOTE =
  'aws target: email inboxes are not observable, so outbox assertions are skipped; ' +
  'the notification record of GET /transactions/{id} (notifications.sent) is asserted instead.';
