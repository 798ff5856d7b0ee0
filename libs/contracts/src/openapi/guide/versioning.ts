/** Versioning policy; the changelog itself is rendered from `API_CHANGELOG`. */
export const VERSIONING_GUIDE = `The major version is part of the URL: this is **v1** (the stage name in \`ApiUrl\`). The document's
\`info.version\` follows semantic versioning.

**Compatible changes** ship within v1 without notice beyond the changelog: new operations, new
optional request fields, new response fields, new event types, new error codes with an existing
HTTP status, relaxed limits. Clients must therefore ignore unknown response fields and treat an
unknown error \`code\` by its HTTP status.

**Breaking changes** (removing or renaming a field, a new required request field, a tighter limit,
a changed meaning) only ship as a new major version under a new stage (\`/v2/\`). The previous version
keeps running, unchanged, for at least 6 months after the new one is announced.

Note that request bodies reject unknown fields (see *Delivery semantics* and the \`WebhookEvent\`
schema): send only documented fields, and a new optional field becomes usable once it appears here.

### Changelog
`;
