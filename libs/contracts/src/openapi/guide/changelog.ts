/** Version of the published contract (semantic versioning; the major is the `/v1` stage). */
export const API_VERSION = '1.0.0';

export interface ChangelogEntry {
  readonly version: string;
  readonly date: string;
  readonly changes: readonly string[];
}

/** Newest first. Every change to the contract adds an entry and bumps `API_VERSION`. */
export const API_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '1.0.0',
    date: '2026-11-27',
    changes: [
      'First release: `POST /webhooks/payment`, `GET /transactions/{id}`, `POST /transactions/{id}/notify`, SigV4 authorization on all three.',
    ],
  },
];

export function changelogGuide(): string {
  return API_CHANGELOG.map((entry) =>
    [`#### ${entry.version} (${entry.date})`, '', ...entry.changes.map((c) => `- ${c}`), ''].join(
      '\n',
    ),
  ).join('\n');
}
