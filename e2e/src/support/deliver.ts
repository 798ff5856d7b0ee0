import type { ApiResponse, PaymentApiClient } from '@payments/api-client';
import type { WebhookAck, WebhookEvent } from '@payments/contracts';

/**
 * Delivers an event the way a payment provider does: a 429 or 5xx is retried with jittered
 * backoff, anything else is the answer. Deployed stages throttle bursts (429 by design), and a
 * provider's retry is exactly what the platform must handle.
 */
export async function deliverLikeAProvider(
  api: PaymentApiClient,
  event: WebhookEvent,
  attempts = 6,
): Promise<ApiResponse<WebhookAck>> {
  let response = await api.sendWebhook(event);
  for (let attempt = 1; attempt < attempts && isRetryable(response.status); attempt += 1) {
    await new Promise((r) => setTimeout(r, 100 * 2 ** attempt * (0.5 + Math.random())));
    response = await api.sendWebhook(event);
  }
  return response;
}

function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}
