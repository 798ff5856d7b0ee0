import type { ApiRoute } from './api-routes';
import { validateDraft4 } from './draft4-validator';

export interface RequestToValidate {
  readonly body: Buffer;
  readonly contentType: string | undefined;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, readonly string[]>>;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

export type ValidationVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly responseType: 'BAD_REQUEST_BODY' | 'BAD_REQUEST_PARAMETERS';
      readonly message: string;
      /** The problems as `[message, message]`, escaped for a JSON string like API Gateway's. */
      readonly validationErrorString: string;
    };

/**
 * API Gateway's request validation of one method: required parameters when the validator
 * checks parameters (presence only, as API Gateway does), then the body against the model for
 * the request's media type when it checks the body. A media type without a model is not
 * validated, as in API Gateway; the function's own validation stays the real gate.
 */
export function validateRequest(
  route: ApiRoute,
  request: RequestToValidate,
  document: unknown,
): ValidationVerdict {
  if (route.validator?.validateRequestParameters) {
    const missing = route.requiredParameters
      .filter((p) => !present(p.in, p.name, request))
      .map((p) => p.name);
    if (missing.length > 0) {
      const message = `Missing required request parameters: [${missing.join(', ')}]`;
      return {
        ok: false,
        responseType: 'BAD_REQUEST_PARAMETERS',
        message,
        validationErrorString: '',
      };
    }
  }
  if (route.validator?.validateRequestBody) {
    const mediaType =
      (request.contentType ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
    const model = route.bodyModels[mediaType];
    if (model) {
      const problems = bodyProblems(request.body, model, document);
      if (problems.length > 0) {
        return {
          ok: false,
          responseType: 'BAD_REQUEST_BODY',
          message: 'Invalid request body',
          validationErrorString: escapeForJsonString(`[${problems.join(', ')}]`),
        };
      }
    }
  }
  return { ok: true };
}

function bodyProblems(body: Buffer, model: Record<string, unknown>, document: unknown): string[] {
  const text = body.toString('utf8');
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      return [`Invalid JSON: ${error instanceof Error ? error.message : 'unparseable'}`];
    }
  }
  return validateDraft4(model, value, document);
}

function present(
  where: 'path' | 'query' | 'header',
  name: string,
  request: RequestToValidate,
): boolean {
  const value =
    where === 'path'
      ? request.pathParameters[name]
      : where === 'query'
        ? request.query[name]?.[0]
        : request.headers[name.toLowerCase()];
  return value !== undefined && value !== '';
}

/** API Gateway hands templates a validation string whose quotes are already escaped. */
function escapeForJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
