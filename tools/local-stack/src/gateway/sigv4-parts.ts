import { timingSafeEqual } from 'node:crypto';

/** Query values decoded once; `+` stays a plus, as SigV4 clients percent-encode spaces. */
export function parseRawQuery(rawQuery: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = safeDecode(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : safeDecode(pair.slice(at + 1));
    const existing = query[name];
    if (existing === undefined) query[name] = value;
    else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Compares two signatures without revealing, by its duration, how much of them matched. */
export function constantTimeEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  // Compare equal-length buffers so the time taken does not reveal how many characters matched.
  if (a.length !== b.length) {
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

/** `20260127T101530Z`, the ISO 8601 basic form of SigV4 dates. */
export function compact(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
