import { ERROR_CODES, type ErrorCode } from '../schemas/error-response';

/** API Gateway's own error responses, each mapped to one of the contract's error codes. */
export const GATEWAY_RESPONSE_CODES = {
  BAD_REQUEST_BODY: 'VALIDATION_FAILED',
  BAD_REQUEST_PARAMETERS: 'VALIDATION_FAILED',
  ACCESS_DENIED: 'ACCESS_DENIED',
  MISSING_AUTHENTICATION_TOKEN: 'ACCESS_DENIED',
  INVALID_SIGNATURE: 'ACCESS_DENIED',
  EXPIRED_TOKEN: 'ACCESS_DENIED',
  // IAM authorization never yields 401; any authorizer failure is reported as the 403 it means here.
  UNAUTHORIZED: 'ACCESS_DENIED',
  THROTTLED: 'THROTTLED',
  QUOTA_EXCEEDED: 'THROTTLED',
  REQUEST_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RESOURCE_NOT_FOUND: 'NOT_FOUND',
  INTEGRATION_FAILURE: 'SERVICE_UNAVAILABLE',
  INTEGRATION_TIMEOUT: 'SERVICE_UNAVAILABLE',
  DEFAULT_4XX: 'VALIDATION_FAILED',
  DEFAULT_5XX: 'INTERNAL_ERROR',
} as const satisfies Record<string, ErrorCode>;

export type GatewayResponseType = keyof typeof GATEWAY_RESPONSE_CODES;

export interface GatewayResponse {
  readonly statusCode: string;
  readonly responseTemplates: { readonly 'application/json': string };
}

/**
 * The `x-amazon-apigateway-gateway-responses` map. The templates are not VTL: API Gateway only
 * substitutes `$context` variables, so each one is the ErrorResponse JSON with the gateway's
 * (already quoted) `messageString` and request id; BAD_REQUEST_BODY adds the validator's
 * explanation, without which a sender only ever sees "Invalid request body".
 */
export function gatewayResponses(): Record<GatewayResponseType, GatewayResponse> {
  return Object.fromEntries(
    Object.entries(GATEWAY_RESPONSE_CODES).map(([type, code]) => [
      type,
      {
        statusCode: String(ERROR_CODES[code]),
        responseTemplates: { 'application/json': template(code, fieldErrors(type)) },
      },
    ]),
  ) as Record<GatewayResponseType, GatewayResponse>;
}

function fieldErrors(type: string): string {
  return type === 'BAD_REQUEST_BODY'
    ? '[{"path":"","message":"$context.error.validationErrorString"}]'
    : '[]';
}

function template(code: ErrorCode, errors: string): string {
  return `{"code":"${code}","message":$context.error.messageString,"request_id":"$context.requestId","errors":${errors}}`;
}
