/** One email as the local stack's outbox lists it (`GET {OutboxUrl}`). */
export interface OutboxEmail {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly messageAttributes: Record<string, unknown>;
  readonly receivedAt: string;
}

export async function listOutbox(outboxUrl: string): Promise<OutboxEmail[]> {
  const response = await fetch(outboxUrl);
  if (!response.ok) throw new Error(`GET ${outboxUrl}: HTTP ${response.status}`);
  return ((await response.json()) as { emails: OutboxEmail[] }).emails;
}

/** A message attribute's value, whichever shape the outbox keeps it in. */
export function attribute(email: OutboxEmail, name: string): string | undefined {
  const raw = email.messageAttributes[name];
  if (typeof raw === 'object' && raw !== null) {
    const record = raw as Record<string, unknown>;
    const value = record['Value'] ?? record['StringValue'] ?? record['value'];
    return typeof value === 'string' ? value : undefined;
  }
  return typeof raw === 'string' ? raw : undefined;
}
