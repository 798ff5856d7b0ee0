/** The field builders of the REST proxy event (see proxy-event.ts). */
export function pairs(raw: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] ?? '', raw[i + 1] ?? '']);
  return out;
}

/** Single-value map: last value wins; header names keep the spelling of their first occurrence. */
export function singleValues(
  list: [string, string][],
  caseInsensitive: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  const spelling = new Map<string, string>();
  for (const [name, value] of list) {
    const key = caseInsensitive ? name.toLowerCase() : name;
    if (!spelling.has(key)) spelling.set(key, name);
    out[spelling.get(key) ?? name] = value;
  }
  return out;
}

export function multiValues(
  list: [string, string][],
  caseInsensitive: boolean,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const spelling = new Map<string, string>();
  for (const [name, value] of list) {
    const key = caseInsensitive ? name.toLowerCase() : name;
    if (!spelling.has(key)) spelling.set(key, name);
    const slot = spelling.get(key) ?? name;
    (out[slot] ??= []).push(value);
  }
  return out;
}

export function queryStringPairs(rawQuery: string): [string, string][] {
  if (rawQuery === '') return [];
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      const decode = (s: string) => {
        try {
          return decodeURIComponent(s.replace(/\+/g, ' '));
        } catch {
          return s;
        }
      };
      return at === -1
        ? [decode(part), '']
        : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
    });
}

export function lookup(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** A stable 6-character id per resource, the shape of API Gateway's resource ids. */
export function resourceId(resourcePath: string): string {
  let hash = 0;
  for (const char of resourcePath) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(36).padStart(6, '0').slice(-6);
}

/** `27/Nov/2026:10:15:30 +0000`, the Common Log Format time of `requestTime`. */
export function clfTime(date: Date): string {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
