import type {
  NotifyAck,
  NotifyRequest,
  TransactionView,
  WebhookAck,
  WebhookEvent,
} from '@payments/contracts';
import type { ApiResponse } from './api-response';
import { credentialsFor, type CredentialSource } from './credentials';
import { SignedHttpClient } from './signed-http-client';
import type { StackOutputs } from './stack-outputs';

export interface PaymentApiClientOptions {
  readonly apiUrl: string;
  readonly region: string;
  /** Omit to send unsigned requests. */
  readonly credentials?: CredentialSource;
  readonly fetch?: typeof fetch;
  readonly signingDate?: () => Date;
}

/** The three operations of the payment-webhooks API, SigV4-signed, typed by the contracts. */
export class PaymentApiClient {
  private readonly http: SignedHttpClient;

  constructor(options: PaymentApiClientOptions) {
    this.http = new SignedHttpClient(options);
  }

  /** A client for a stack described by its outputs (local static keys, or the AWS chain). */
  static forStack(
    outputs: StackOutputs,
    overrides: Partial<PaymentApiClientOptions> = {},
  ): PaymentApiClient {
    return new PaymentApiClient({
      apiUrl: outputs.ApiUrl,
      region: outputs.Region,
      credentials: credentialsFor(outputs),
      ...overrides,
    });
  }

  /**
   * `POST /webhooks/payment`. Pass an event object (sent as compact JSON), or a raw string to
   * send exact bytes (e.g. an invalid or oversized body).
   */
  sendWebhook(
    event: WebhookEvent | string,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<WebhookAck>> {
    return this.http.send<WebhookAck>({
      method: 'POST',
      path: 'webhooks/payment',
      body: typeof event === 'string' ? event : JSON.stringify(event),
      ...(headers ? { headers } : {}),
    });
  }

  /** `GET /transactions/{id}`. */
  getTransaction(transactionId: string): Promise<ApiResponse<TransactionView>> {
    return this.http.send<TransactionView>({
      method: 'GET',
      path: `transactions/${encodeURIComponent(transactionId)}`,
    });
  }

  /** `POST /transactions/{id}/notify`. */
  notify(transactionId: string, request: NotifyRequest | string): Promise<ApiResponse<NotifyAck>> {
    return this.http.send<NotifyAck>({
      method: 'POST',
      path: `transactions/${encodeURIComponent(transactionId)}/notify`,
      body: typeof request === 'string' ? request : JSON.stringify(request),
    });
  }
}
