import type { JsonSchema } from './draft4-validator';

export interface RequestValidatorSettings {
  readonly validateRequestBody: boolean;
  readonly validateRequestParameters: boolean;
}

export interface RequiredParameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
}

export interface ApiRoute {
  readonly method: string;
  /** Resource path as in the document, e.g. `/transactions/{id}`. */
  readonly resourcePath: string;
  readonly operationId?: string;
  readonly authType?: string;
  readonly validator?: RequestValidatorSettings;
  /** Body models by media type, as `requestBody.content` declares them. */
  readonly bodyModels: Readonly<Record<string, JsonSchema>>;
  readonly requiredParameters: readonly RequiredParameter[];
  readonly integration: { readonly type: string; readonly uri: string };
  match(path: string): Record<string, string> | undefined;
}

type Operation = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/**
 * The routes of an API Gateway OpenAPI document: one per path and method with its
 * `x-amazon-apigateway-integration`, its request validator (the operation's own or the
 * document default) and its models.
 */
export function apiRoutes(document: Record<string, unknown>): ApiRoute[] {
  const validators = (document['x-amazon-apigateway-request-validators'] ?? {}) as Record<
    string,
    RequestValidatorSettings
  >;
  const defaultValidator = document['x-amazon-apigateway-request-validator'] as string | undefined;
  const paths = (document['paths'] ?? {}) as Record<string, Record<string, Operation>>;
  const routes: ApiRoute[] = [];
  for (const [resourcePath, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const integration = operation['x-amazon-apigateway-integration'] as
        | { type: string; uri: string }
        | undefined;
      if (!integration) continue;
      const validatorName =
        (operation['x-amazon-apigateway-request-validator'] as string | undefined) ??
        defaultValidator;
      const auth = operation['x-amazon-apigateway-auth'] as { type?: string } | undefined;
      routes.push({
        method: method.toUpperCase(),
        resourcePath,
        ...(typeof operation['operationId'] === 'string'
          ? { operationId: operation['operationId'] }
          : {}),
        ...(auth?.type ? { authType: auth.type } : {}),
        ...(validatorName && validators[validatorName]
          ? { validator: validators[validatorName] }
          : {}),
        bodyModels: bodyModels(operation),
        requiredParameters: requiredParameters(item, operation),
        integration,
        match: matcher(resourcePath),
      });
    }
  }
  return routes;
}

/**
 * Finds the route of a request. A literal segment wins over a `{param}` one, as in API Gateway.
 */
export function findRoute(
  routes: readonly ApiRoute[],
  method: string,
  path: string,
): { route: ApiRoute; pathParameters: Record<string, string> } | undefined {
  const candidates = routes
    .map((route) => ({ route, pathParameters: route.match(path) }))
    .filter(
      (c): c is { route: ApiRoute; pathParameters: Record<string, string> } => !!c.pathParameters,
    )
    .sort((a, b) => specificity(b.route.resourcePath) - specificity(a.route.resourcePath));
  return candidates.find((c) => c.route.method === method);
}

function bodyModels(operation: Operation): Record<string, JsonSchema> {
  const content = ((
    operation['requestBody'] as { content?: Record<string, { schema?: JsonSchema }> }
  )?.content ?? {}) as Record<string, { schema?: JsonSchema }>;
  const models: Record<string, JsonSchema> = {};
  for (const [mediaType, entry] of Object.entries(content)) {
    if (entry.schema) models[mediaType.toLowerCase()] = entry.schema;
  }
  return models;
}

function requiredParameters(
  item: Record<string, unknown>,
  operation: Operation,
): RequiredParameter[] {
  const all = [
    ...((item['parameters'] ?? []) as Record<string, unknown>[]),
    ...((operation['parameters'] ?? []) as Record<string, unknown>[]),
  ];
  return all
    .filter((p) => p['required'] === true && ['path', 'query', 'header'].includes(String(p['in'])))
    .map((p) => ({ in: p['in'] as RequiredParameter['in'], name: String(p['name']) }));
}

function matcher(resourcePath: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = resourcePath
    .split('/')
    .map((segment) => {
      const param = /^\{([^}+]+)(\+?)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] ?? '');
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  const regex = new RegExp(`^${pattern}$`);
  return (path) => {
    const found = regex.exec(path);
    if (!found) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, decodeSegment(found[i + 1] ?? '')]));
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function specificity(resourcePath: string): number {
  return resourcePath.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
}
