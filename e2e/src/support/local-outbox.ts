import { waitFor } from './wait-for';

/** One captured email, as the local stack's outbox lists it. */
export interface OutboxEmail {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly messageAttributes: Record<string, unknown>;
  readonly receivedAt: string;
}

/** The local stack's email outbox over HTTP (`GET {OutboxUrl}[?recipient=...]`). */
export class LocalOutbox {
  constructor(private readonly outboxUrl: string) {}

  async emails(recipient?: string): Promise<OutboxEmail[]> {
    const url = new URL(this.outboxUrl);
    if (recipient) url.searchParams.set('recipient', recipient);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url.href} answered ${response.status}`);
    return ((await response.json()) as { emails: OutboxEmail[] }).emails;
  }

  /** Waits until `recipient` holds at least `count` emails and returns them. */
  waitForEmails(recipient: string, count: number, timeoutMs = 60_000): Promise<OutboxEmail[]> {
    return waitFor(
      `${count} email(s) for ${recipient}`,
      () => this.emails(recipient),
      (emails) => emails.length >= count,
      { timeoutMs },
    );
  }
}

/** The value of a message attribute whichever shape the outbox keeps it in. */
export function attributeValue(attributes: Record<string, unknown>, name: string): unknown {
  const raw = attributes[name];
  if (typeof raw === 'object' && raw !== null) {
    const record = raw as Record<string, unknown>;
    return record['StringValue'] ?? record['Value'] ?? record['stringValue'] ?? record['value'];
  }
  return raw;
}
