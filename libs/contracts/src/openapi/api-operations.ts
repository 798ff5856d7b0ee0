/** The Lambda function behind each operation; infra maps these keys to function ARNs. */
export type LambdaKey = 'webhookProcessor' | 'transactionReader' | 'notificationSender';

/** One API Gateway integration URI per Lambda (see `lambdaIntegrationUri`). */
export type LambdaIntegrationUris = Record<LambdaKey, string>;

export type OperationId = 'receivePaymentWebhook' | 'getTransaction' | 'notifyTransaction';
export type ApiPath = '/webhooks/payment' | '/transactions/{id}' | '/transactions/{id}/notify';
export type HttpMethod = 'post' | 'get';

export interface ApiOperation {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  readonly path: ApiPath;
  readonly lambda: LambdaKey;
}

/**
 * Every route of the API, once. The OpenAPI builders, the stack (integrations, invoke
 * permissions, caller policies) and the tests all iterate this list, so a route cannot be
 * documented without being deployed or deployed without being documented.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    operationId: 'receivePaymentWebhook',
    method: 'post',
    path: '/webhooks/payment',
    lambda: 'webhookProcessor',
  },
  {
    operationId: 'getTransaction',
    method: 'get',
    path: '/transactions/{id}',
    lambda: 'transactionReader',
  },
  {
    operationId: 'notifyTransaction',
    method: 'post',
    path: '/transactions/{id}/notify',
    lambda: 'notificationSender',
  },
] as const;
