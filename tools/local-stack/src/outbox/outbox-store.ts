import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutboxEmail {
  /** The SNS MessageId of the publish that produced this email. */
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** The publish's message attributes, SNS delivery style: `{ name: { Type, Value } }`. */
  readonly messageAttributes: Readonly<
    Record<string, { readonly Type: string; readonly Value: string }>
  >;
  readonly receivedAt: string;
  readonly topicArn: string;
}

/** SNS's subject for an email when the publish sets none. */
export const DEFAULT_EMAIL_SUBJECT = 'AWS Notification Message';

/**
 * Every email "delivered" locally: kept in memory for the JSON listing and written as one
 * readable file per email under `<dir>/<recipient>/<id>.txt`. The store starts empty, like the
 * emulator behind it.
 */
export class OutboxStore {
  private readonly emails: OutboxEmail[] = [];

  constructor(private readonly directory: string) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
  }

  add(email: OutboxEmail, fromName: string): string {
    this.emails.push(email);
    const folder = path.join(this.directory, safeSegment(email.recipient));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${safeSegment(email.id)}.txt`);
    writeFileSync(file, renderEmail(email, fromName));
    return file;
  }

  list(recipient?: string): OutboxEmail[] {
    const wanted = recipient?.trim().toLowerCase();
    return this.emails
      .filter((email) => wanted === undefined || email.recipient === wanted)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }
}

function renderEmail(email: OutboxEmail, fromName: string): string {
  const attributes = Object.entries(email.messageAttributes).map(
    ([name, attribute]) => `X-SNS-Attribute-${name}: ${attribute.Value}`,
  );
  return [
    `From: ${fromName} <no-reply@sns.amazonaws.com>`,
    `To: ${email.recipient}`,
    `Subject: ${email.subject}`,
    `Date: ${new Date(email.receivedAt).toUTCString()}`,
    `Message-Id: <${email.id}@sns.local>`,
    `X-SNS-Topic-Arn: ${email.topicArn}`,
    ...attributes,
    '',
    email.body,
    '',
  ].join('\n');
}

/** A file-system-safe folder or file name (an address never needs more than this). */
function safeSegment(text: string): string {
  const cleaned = text.replace(/[/\\\0]/g, '_').replace(/^\.+/, '_');
  return cleaned === '' ? '_' : cleaned;
}
