export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
}

export interface ParsedAuthorization {
  readonly credential: CredentialScope;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly amzDate: { readonly compact: string; readonly date: Date };
}

export type ParseResult =
  | { readonly ok: true; readonly value: ParsedAuthorization }
  | { readonly ok: false; readonly message: string };

const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Splits `AWS4-HMAC-SHA256 Credential=AKIA.../20260101/us-east-2/execute-api/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=...` into its parts. Missing parts produce AWS's
 * IncompleteSignature wording, listing every missing part at once as AWS does.
 */
export function parseAuthorizationHeader(
  header: string,
  headers: Readonly<Record<string, string>>,
): ParseResult {
  const trimmed = header.trim();
  if (!trimmed.startsWith(`${ALGORITHM} `)) {
    return { ok: false, message: `Authorization header requires the ${ALGORITHM} algorithm.` };
  }
  const fields = new Map<string, string>();
  for (const part of trimmed.slice(ALGORITHM.length).split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  const amzDate = headers['x-amz-date'];
  const missing = [
    credential ? undefined : "Authorization header requires 'Credential' parameter.",
    signature ? undefined : "Authorization header requires 'Signature' parameter.",
    signedHeaders ? undefined : "Authorization header requires 'SignedHeaders' parameter.",
    amzDate ? undefined : "Authorization header requires existence of a 'X-Amz-Date' header.",
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0 || !credential || !signedHeaders || !signature || !amzDate) {
    return { ok: false, message: `${missing.join(' ')} Authorization=${header}` };
  }
  const scope = credential.split('/');
  if (scope.length !== 5 || scope.some((s) => s === '')) {
    return {
      ok: false,
      message: `Credential should be of the form 'AccessKeyId/Date/Region/Service/aws4_request', got '${credential}'.`,
    };
  }
  const date = parseAmzDate(amzDate);
  if (!date) {
    return { ok: false, message: `X-Amz-Date must be in ISO 8601 basic format, got '${amzDate}'.` };
  }
  const [accessKeyId, scopeDate, region, service, terminator] = scope as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    ok: true,
    value: {
      credential: { accessKeyId, date: scopeDate, region, service, terminator },
      signedHeaders: signedHeaders.split(';').map((h) => h.trim().toLowerCase()),
      signature,
      amzDate: { compact: amzDate, date },
    },
  };
}

/** `20260127T101530Z` -> Date; anything else is not a SigV4 date. */
function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
