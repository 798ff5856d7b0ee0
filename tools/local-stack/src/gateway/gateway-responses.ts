/**
 * API Gateway's own error responses (the ones the Lambda never sees), rendered from the
 * document's `x-amazon-apigateway-gateway-responses` the way the deployed stage renders them:
 * the type's entry, else DEFAULT_4XX/DEFAULT_5XX, else API Gateway's built-in `{"message":...}`.
 */
export type GatewayResponseType =
  | 'MISSING_AUTHENTICATION_TOKEN'
  | 'INVALID_SIGNATURE'
  | 'EXPIRED_TOKEN'
  | 'ACCESS_DENIED'
  | 'BAD_REQUEST_BODY'
  | 'BAD_REQUEST_PARAMETERS'
  | 'REQUEST_TOO_LARGE'
  | 'THROTTLED'
  | 'INTEGRATION_FAILURE'
  | 'INTEGRATION_TIMEOUT'
  | 'DEFAULT_5XX';

export interface GatewayResponseDefinition {
  readonly statusCode?: number | string;
  readonly responseParameters?: Readonly<Record<string, string>>;
  readonly responseTemplates?: Readonly<Record<string, string>>;
}

export type GatewayResponses = Readonly<Record<string, GatewayResponseDefinition>>;

/** Values the templates may reference as `$context.*`. */
export interface GatewayErrorContext {
  readonly requestId: string;
  readonly message: string;
  readonly validationErrorString?: string;
  readonly [other: string]: unknown;
}

export interface RenderedResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const BUILT_IN: Record<GatewayResponseType, { status: number; errorType: string }> = {
  MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: 'MissingAuthenticationTokenException' },
  INVALID_SIGNATURE: { status: 403, errorType: 'InvalidSignatureException' },
  EXPIRED_TOKEN: { status: 403, errorType: 'ExpiredTokenException' },
  ACCESS_DENIED: { status: 403, errorType: 'AccessDeniedException' },
  BAD_REQUEST_BODY: { status: 400, errorType: 'BadRequestException' },
  BAD_REQUEST_PARAMETERS: { status: 400, errorType: 'BadRequestException' },
  REQUEST_TOO_LARGE: { status: 413, errorType: 'RequestTooLargeException' },
  THROTTLED: { status: 429, errorType: 'TooManyRequestsException' },
  INTEGRATION_FAILURE: { status: 504, errorType: 'InternalServerErrorException' },
  INTEGRATION_TIMEOUT: { status: 504, errorType: 'InternalServerErrorException' },
  DEFAULT_5XX: { status: 500, errorType: 'InternalServerErrorException' },
};

const BUILT_IN_TEMPLATE = '{"message":$context.error.messageString}';

export function renderGatewayResponse(
  responses: GatewayResponses | undefined,
  type: GatewayResponseType,
  context: GatewayErrorContext,
  options: { statusCode?: number } = {},
): RenderedResponse {
  const builtIn = BUILT_IN[type];
  const defaultStatus = options.statusCode ?? builtIn.status;
  const fallbackType = defaultStatus >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
  const own = responses?.[type];
  const fallback = responses?.[fallbackType];
  const definition = own ?? fallback;
  // A status on DEFAULT_4XX/5XX overrides every response of that class without its own status.
  const statusCode = Number(own?.statusCode ?? fallback?.statusCode ?? defaultStatus);
  const template = definition?.responseTemplates?.['application/json'] ?? BUILT_IN_TEMPLATE;
  const errorContext = {
    ...context,
    error: {
      message: context.message,
      messageString: JSON.stringify(context.message),
      responseType: type,
      validationErrorString: context.validationErrorString ?? '',
    },
  };
  return {
    statusCode,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': builtIn.errorType,
      ...staticHeaders(definition?.responseParameters),
    },
    body: renderTemplate(template, { context: errorContext }),
  };
}

/** `gatewayresponse.header.Name: "'value'"` -> `Name: value` (only static values are used). */
function staticHeaders(parameters: Readonly<Record<string, string>> | undefined) {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters ?? {})) {
    const match = /^gatewayresponse\.header\.(.+)$/.exec(key);
    const literal = /^'(.*)'$/.exec(value);
    if (match?.[1] && literal) headers[match[1].toLowerCase()] = literal[1] ?? '';
  }
  return headers;
}

/**
 * The subset of VTL the gateway response templates use: `$context.a.b`, `${context.a.b}` and
 * `$util.escapeJavaScript(...)` around one of them. Values are inserted verbatim, as API
 * Gateway does, so a template that quotes a value containing quotes breaks here as it would
 * in AWS. Unknown references render as empty text.
 */
export function renderTemplate(template: string, variables: Record<string, unknown>): string {
  const lookup = (path: string) => {
    let node: unknown = variables;
    for (const key of path.split('.')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
    return node === undefined || node === null ? '' : String(node);
  };
  return template
    .replace(/\$util\.escapeJavaScript\(\$\{?([A-Za-z0-9_.]+)\}?\)/g, (_m, path: string) =>
      escapeJavaScript(lookup(path)),
    )
    .replace(/\$\{([A-Za-z][A-Za-z0-9_.]*)\}/g, (_m, path: string) => lookup(path))
    .replace(/\$([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)/g, (_m, path: string) =>
      lookup(path),
    );
}

/** VTL `$util.escapeJavaScript`: JavaScript string escaping (it also escapes `'`). */
function escapeJavaScript(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'");
}
