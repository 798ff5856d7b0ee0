import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** Fingerprint of an event's content: equal for a true redelivery, different for a reused id. */
export function payloadSha256(event: unknown): string {
  return createHash('sha256').update(canonicalJson(event), 'utf8').digest('hex');
}
